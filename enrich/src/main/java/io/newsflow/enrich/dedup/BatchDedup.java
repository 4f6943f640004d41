package io.newsflow.enrich.dedup;

import io.newsflow.schema.Article;

/**
 * The stream's dedup logic without Kafka: the same index on in-memory stores, articles numbered in
 * the order they are given (that order decides which copy is first seen). Not thread-safe.
 */
public final class BatchDedup {
  private final DedupIndex index;
  private long seq;

  public BatchDedup(DedupSettings settings) {
    this.index = new DedupIndex(SortedStore.inMemory(), SortedStore.inMemory(), settings);
  }

  /** Decides on the next article, its record time being {@code time} (epoch ms). */
  public DedupDecision add(Article article, long time) {
    return index.add(ArticleKeys.input(article, seq++, time));
  }

  /** Forgets what is older than the window as of {@code now}; the stream does it on stream time. */
  public int evictBefore(long oldest) {
    return index.evictBefore(oldest);
  }

  public long articlesHeld() {
    return index.articlesHeld();
  }
}
