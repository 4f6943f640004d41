package io.newsflow.enrich.page;

/**
 * Told how long the steps of each page took, for metrics; the page code stays free of any metrics
 * library. Implementations must be thread-safe and cheap.
 */
public interface StepObserver {
  StepObserver NONE = new StepObserver() {};

  /** A page passed the checks and its extraction (parse included) or text cleaning ran. */
  default void extracted(int bodyBytes, long nanos) {}

  /** Entity tagging of one article's text ran. */
  default void tagged(long nanos) {}

  /** A page became an article of this many words. */
  default void article(int words) {}
}
