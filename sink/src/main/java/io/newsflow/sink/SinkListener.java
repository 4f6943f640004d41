package io.newsflow.sink;

import io.newsflow.schema.Article;

/**
 * Told about each article once it is on disk (fsynced), just before its offset is committed. Called
 * on the sink thread; a record delivered again is told again, with written false.
 */
public interface SinkListener {
  SinkListener NONE = new SinkListener() {};

  /**
   * @param written false when the article was already in the output (a redelivery or a re-run)
   */
  default void articleStored(Article article, boolean written) {}
}
