package io.anchorkeeper.okx.emulator.market;

/** Told about every price change. */
public interface QuoteListener {

  /**
   * Called after a quote changed. {@code markMoved} is true when the mark price was set (by a price
   * step or by hand), false when only the last trade price moved because of a fill.
   */
  void onQuote(Quote quote, boolean markMoved);
}
