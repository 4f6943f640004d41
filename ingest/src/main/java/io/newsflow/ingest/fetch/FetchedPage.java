package io.newsflow.ingest.fetch;

import java.time.Instant;
import java.util.Map;

/** A successful fetch: the body as bytes, not yet decoded, and what the server said about it. */
public record FetchedPage(
    String requestedUrl,
    String finalUrl,
    Instant fetchedAt,
    int status,
    String contentType,
    String charset,
    Map<String, String> headers,
    byte[] body) {

  public FetchedPage {
    headers = Map.copyOf(headers);
  }
}
