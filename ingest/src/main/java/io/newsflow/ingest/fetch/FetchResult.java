package io.newsflow.ingest.fetch;

import io.newsflow.schema.deadletter.DeadLetterReason;

/** A page, a "not modified" answer to a conditional GET, or the reason there is no page. */
public sealed interface FetchResult {
  record Page(FetchedPage page) implements FetchResult {}

  /** 304: the validators sent still match; nothing new. */
  record NotModified(String url) implements FetchResult {}

  record Failed(FetchFailure failure) implements FetchResult {}

  static FetchResult failed(String url, DeadLetterReason reason, String message) {
    return new Failed(new FetchFailure(url, reason, message));
  }
}
