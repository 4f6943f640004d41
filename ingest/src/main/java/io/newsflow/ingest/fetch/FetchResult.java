package io.newsflow.ingest.fetch;

/** Either a page or the reason there is none. */
public sealed interface FetchResult {
  record Page(FetchedPage page) implements FetchResult {}

  record Failed(FetchFailure failure) implements FetchResult {}

  static FetchResult failed(String url, String reason, String message) {
    return new Failed(new FetchFailure(url, reason, message));
  }
}
