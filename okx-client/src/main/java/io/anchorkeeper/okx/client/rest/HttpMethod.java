package io.anchorkeeper.okx.client.rest;

/** The two methods OKX v5 uses. */
public enum HttpMethod {
  GET,
  POST
}
