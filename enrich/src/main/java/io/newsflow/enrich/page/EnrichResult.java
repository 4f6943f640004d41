package io.newsflow.enrich.page;

import io.newsflow.schema.Article;
import io.newsflow.schema.deadletter.DeadLetterReason;

/** What enriching one raw page gave: an article, or the reason there is none. */
public sealed interface EnrichResult {
  record Enriched(Article article) implements EnrichResult {}

  record Rejected(Rejection rejection) implements EnrichResult {}

  static EnrichResult rejected(DeadLetterReason reason, String message) {
    return new Rejected(new Rejection(reason, message));
  }
}
