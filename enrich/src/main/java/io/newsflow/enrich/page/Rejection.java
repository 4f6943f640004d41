package io.newsflow.enrich.page;

/** Why a raw page did not become an article; the reason is a stable code for DeadLetter.reason. */
public record Rejection(String reason, String message) implements Resolution {
  public static final String NOT_DECODABLE = "not_decodable";
  public static final String TOO_LARGE = "too_large";
  public static final String EMPTY_BODY = "empty_body";
  public static final String NOT_HTML = "not_html";
  /** Declared as text, but binary. */
  public static final String NOT_TEXT = "not_text";
  public static final String INVALID_ENCODING = "invalid_encoding";
  public static final String EMPTY_AFTER_EXTRACTION = "empty_after_extraction";
  public static final String TOO_MANY_ELEMENTS = "too_many_elements";
  public static final String OVER_TIME_BUDGET = "over_time_budget";
  public static final String ARTICLE_TOO_LARGE = "article_too_large";
  public static final String INTERNAL_ERROR = "internal_error";
}
