package io.newsflow.schema.deadletter;

import static io.newsflow.schema.deadletter.Stage.ENRICH;
import static io.newsflow.schema.deadletter.Stage.INGEST;
import static io.newsflow.schema.deadletter.Stage.PUBLISH;
import static io.newsflow.schema.deadletter.Stage.SINK;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every reason a stage gives for a dead letter. The {@link #code()} is what DeadLetter.reason
 * holds: a contract with the consumers of the dead-letter topic, so a code never changes; a new
 * reason is a new constant. Ingest also writes the code to FetchedUrl.outcome.
 */
public enum DeadLetterReason {
  // ingest: fetching a page, reading a source

  /** Not an absolute http(s) URL with a host, or a redirect to one that is not. */
  INVALID_URL("invalid_url", INGEST),
  /**
   * An error status (4xx; 5xx or 429 after the retries), a redirect without a Location, an archived
   * error.
   */
  HTTP_STATUS("http_status", INGEST),
  /** The body, downloaded, inflated, read from a file or an archive, is over the ingest limit. */
  BODY_TOO_LARGE("body_too_large", INGEST),
  /** A gzip or deflate body that inflates more than a hundred-fold past the body limit. */
  COMPRESSION_BOMB("compression_bomb", INGEST),
  /** The Content-Encoding is unknown, or the body does not decode with it. */
  BAD_CONTENT_ENCODING("bad_content_encoding", INGEST),
  /**
   * The page is not HTML, XHTML or plain text (header or sniffed), or an archived record is not.
   */
  UNSUPPORTED_CONTENT_TYPE("unsupported_content_type", INGEST),
  /** No complete response in time, after the retries. */
  TIMEOUT("timeout", INGEST),
  /**
   * The connection or the file failed (also a directory that cannot be listed, a URL list that
   * cannot be read).
   */
  IO_ERROR("io_error", INGEST),
  /**
   * The response, file or archived record has no bytes (ingest), or the raw page has none (enrich).
   */
  EMPTY_BODY("empty_body", INGEST, ENRICH),
  /** The host resolves to an internal address the fetcher refuses (SSRF guard). */
  BLOCKED_ADDRESS("blocked_address", INGEST),
  /** The host name does not resolve. */
  UNKNOWN_HOST("unknown_host", INGEST),
  /** More redirects than allowed. */
  TOO_MANY_REDIRECTS("too_many_redirects", INGEST),
  /** A redirect back to a URL already in the chain. */
  REDIRECT_LOOP("redirect_loop", INGEST),
  /** The site's robots.txt disallows the URL. */
  ROBOTS_DISALLOWED("robots_disallowed", INGEST),
  /** The site's robots.txt could not be read (server error, unreachable), after the retries. */
  ROBOTS_UNAVAILABLE("robots_unavailable", INGEST),
  /** The server asked for a pause (Retry-After) longer than the retry delay allows. */
  RETRY_AFTER_TOO_LONG("retry_after_too_long", INGEST),
  /** A source (feed, sitemap, WARC file) or an archived response that cannot be read or parsed. */
  UNREADABLE_SOURCE("unreadable_source", INGEST),

  // publish: a JSON line from a scraper

  /** The line is not one JSON object. */
  BAD_JSON("bad_json", PUBLISH),
  /** The line has no "url", or a blank one. */
  MISSING_URL("missing_url", PUBLISH),
  /** The "url" is not a string, or not an absolute http(s) URL. */
  BAD_URL("bad_url", PUBLISH),
  /** The line has neither "html" nor "text". */
  NO_CONTENT("no_content", PUBLISH),
  /** The line has both "html" and "text". */
  BOTH_HTML_AND_TEXT("both_html_and_text", PUBLISH),
  /** A field of the wrong type or size ("html", "text", "site"). */
  BAD_FIELD("bad_field", PUBLISH),
  /** The "fetched_at" is neither ISO-8601 with an offset nor epoch milliseconds. */
  BAD_FETCHED_AT("bad_fetched_at", PUBLISH),
  /** The line is longer than the line limit. */
  LINE_TOO_LARGE("line_too_large", PUBLISH),

  // enrich: a raw page that did not become an article (and the sink's undecodable article)

  /**
   * The record's bytes are not the Avro record the topic carries (a RawPage; an Article for the
   * sink).
   */
  NOT_DECODABLE("not_decodable", ENRICH, SINK),
  /** The raw page is over the enrich page limit. */
  TOO_LARGE("too_large", ENRICH),
  /** Declared or sniffed as something other than HTML (a PDF, an image, binary bytes). */
  NOT_HTML("not_html", ENRICH),
  /** Declared as text, but binary. */
  NOT_TEXT("not_text", ENRICH),
  /** The bytes do not decode as text in the page's charset. */
  INVALID_ENCODING("invalid_encoding", ENRICH),
  /** Fewer words of article text than the minimum after extraction. */
  EMPTY_AFTER_EXTRACTION("empty_after_extraction", ENRICH),
  /** More tags than allowed, refused before the tree is built. */
  TOO_MANY_ELEMENTS("too_many_elements", ENRICH),
  /** The page took longer than the page budget. */
  OVER_TIME_BUDGET("over_time_budget", ENRICH),
  /** The article is larger than the articles topic accepts. */
  ARTICLE_TOO_LARGE("article_too_large", ENRICH),
  /** Enriching failed unexpectedly (a bug or hostile input); the stream goes on. */
  INTERNAL_ERROR("internal_error", ENRICH);

  private static final Map<String, DeadLetterReason> BY_CODE =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(DeadLetterReason::code, Function.identity()));

  private final String code;
  private final Set<Stage> stages;

  DeadLetterReason(String code, Stage first, Stage... more) {
    this.code = code;
    this.stages = Collections.unmodifiableSet(EnumSet.of(first, more));
  }

  /** The stable string of DeadLetter.reason. */
  public String code() {
    return code;
  }

  /** The stages that give this reason. */
  public Set<Stage> stages() {
    return stages;
  }

  /** The reason with this code, for readers of the dead-letter topic. */
  public static Optional<DeadLetterReason> ofCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** The code, so that logs and messages print what the topic holds. */
  @Override
  public String toString() {
    return code;
  }
}
