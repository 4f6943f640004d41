package io.newsflow.ingest.fetch;

import io.newsflow.schema.deadletter.DeadLetterReason;
import java.time.Duration;

/**
 * Why a page was not published; the reason's code ends up in DeadLetter.reason.
 *
 * @param status the HTTP status when there was a response, else 0
 * @param retryable a timeout, a 5xx or a 429: worth another try later
 * @param retryAfter what the server asked for (Retry-After), or null
 */
public record FetchFailure(
    String url,
    DeadLetterReason reason,
    String message,
    int status,
    boolean retryable,
    Duration retryAfter) {
  /** A permanent failure without an HTTP status. */
  public FetchFailure(String url, DeadLetterReason reason, String message) {
    this(url, reason, message, 0, false, null);
  }

  public FetchFailure withUrl(String newUrl) {
    return new FetchFailure(newUrl, reason, message, status, retryable, retryAfter);
  }

  public FetchFailure notRetryable(DeadLetterReason newReason, String newMessage) {
    return new FetchFailure(url, newReason, newMessage, status, false, null);
  }
}
