package io.newsflow.ingest.fetch;

/**
 * Why a page was not published. The reason is a stable code that ends up in DeadLetter.reason.
 */
public record FetchFailure(String url, String reason, String message) {
  public static final String INVALID_URL = "invalid_url";
  public static final String HTTP_STATUS = "http_status";
  public static final String BODY_TOO_LARGE = "body_too_large";
  public static final String TIMEOUT = "timeout";
  public static final String IO_ERROR = "io_error";
  public static final String EMPTY_BODY = "empty_body";
}
