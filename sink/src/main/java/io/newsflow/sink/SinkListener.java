package io.newsflow.sink;

import io.newsflow.schema.Article;

/** Told about each article once it is on disk and its offset committed. Called on the sink thread. */
public interface SinkListener {
  SinkListener NONE = new SinkListener() {};

  /** @param written false when the article was already in the output (a redelivery or a re-run) */
  default void articleStored(Article article, boolean written) {}
}
