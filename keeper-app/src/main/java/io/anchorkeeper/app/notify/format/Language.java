package io.anchorkeeper.app.notify.format;

/** The language the owner reads messages in ({@code keeper.language: en|zh}). */
public enum Language {
  EN,
  ZH
}
