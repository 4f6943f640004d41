package io.newsflow.ingest.fetch;

import java.time.Duration;

/**
 * Why a page was not published. The reason is a stable code that ends up in DeadLetter.reason.
 *
 * @param status the HTTP status when there was a response, else 0
 * @param retryable a timeout, a 5xx or a 429: worth another try later
 * @param retryAfter what the server asked for (Retry-After), or null
 */
public record FetchFailure(
    String url, String reason, String message, int status, boolean retryable, Duration retryAfter) {
  public static final String INVALID_URL = "invalid_url";
  public static final String HTTP_STATUS = "http_status";
  public static final String BODY_TOO_LARGE = "body_too_large";
  public static final String COMPRESSION_BOMB = "compression_bomb";
  public static final String BAD_ENCODING = "bad_content_encoding";
  public static final String UNSUPPORTED_TYPE = "unsupported_content_type";
  public static final String TIMEOUT = "timeout";
  public static final String IO_ERROR = "io_error";
  public static final String EMPTY_BODY = "empty_body";
  public static final String BLOCKED_ADDRESS = "blocked_address";
  public static final String UNKNOWN_HOST = "unknown_host";
  public static final String TOO_MANY_REDIRECTS = "too_many_redirects";
  public static final String REDIRECT_LOOP = "redirect_loop";
  public static final String ROBOTS_DISALLOWED = "robots_disallowed";
  public static final String ROBOTS_UNAVAILABLE = "robots_unavailable";
  public static final String RETRY_AFTER_TOO_LONG = "retry_after_too_long";
  public static final String UNREADABLE_SOURCE = "unreadable_source";

  /** A permanent failure without an HTTP status. */
  public FetchFailure(String url, String reason, String message) {
    this(url, reason, message, 0, false, null);
  }

  public FetchFailure withUrl(String newUrl) {
    return new FetchFailure(newUrl, reason, message, status, retryable, retryAfter);
  }

  public FetchFailure notRetryable(String newReason, String newMessage) {
    return new FetchFailure(url, newReason, newMessage, status, false, null);
  }
}
