package io.newsflow.ingest.fetch;

import java.time.Duration;
import java.util.List;

/**
 * How one HTTP exchange is made.
 *
 * @param connectTimeout to open the connection
 * @param firstByteTimeout from the request until the response headers arrive
 * @param totalTimeout the whole fetch, body included (a server trickling bytes is cut off)
 * @param maxBodyBytes a larger body (declared, received or decompressed) is skipped
 * @param maxRedirects redirects followed before giving up with too_many_redirects
 * @param allowAddresses internal addresses or CIDR blocks that may be fetched anyway (the SSRF
 *     guard refuses loopback, private, link-local and multicast targets otherwise)
 */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration firstByteTimeout,
    Duration totalTimeout,
    int maxBodyBytes,
    int maxRedirects,
    List<String> allowAddresses) {

  public static final String DEFAULT_USER_AGENT = "newsflow/0.1 (+https://github.com/newsflow)";
  public static final int DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
  public static final int DEFAULT_MAX_REDIRECTS = 5;
  // Durations as ISO-8601 text as well: the command line's defaults must be compile-time constants.
  public static final String DEFAULT_CONNECT_TIMEOUT_TEXT = "PT10S";
  public static final Duration DEFAULT_CONNECT_TIMEOUT =
      Duration.parse(DEFAULT_CONNECT_TIMEOUT_TEXT);
  public static final String DEFAULT_FIRST_BYTE_TIMEOUT_TEXT = "PT30S";
  public static final Duration DEFAULT_FIRST_BYTE_TIMEOUT =
      Duration.parse(DEFAULT_FIRST_BYTE_TIMEOUT_TEXT);
  public static final String DEFAULT_TOTAL_TIMEOUT_TEXT = "PT60S";
  public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.parse(DEFAULT_TOTAL_TIMEOUT_TEXT);

  public FetchSettings {
    allowAddresses = List.copyOf(allowAddresses);
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("max body bytes must be >= 1, was " + maxBodyBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("max redirects must be >= 0, was " + maxRedirects);
    }
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("the user agent must not be blank");
    }
    new AddressGuard(allowAddresses); // fails early on a malformed entry
  }

  public static FetchSettings defaults() {
    return new FetchSettings(
        DEFAULT_USER_AGENT,
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_FIRST_BYTE_TIMEOUT,
        DEFAULT_TOTAL_TIMEOUT,
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_REDIRECTS,
        List.of());
  }

  public FetchSettings withAllowAddresses(List<String> allow) {
    return new FetchSettings(
        userAgent,
        connectTimeout,
        firstByteTimeout,
        totalTimeout,
        maxBodyBytes,
        maxRedirects,
        allow);
  }

  public FetchSettings withMaxBodyBytes(int bytes) {
    return new FetchSettings(
        userAgent,
        connectTimeout,
        firstByteTimeout,
        totalTimeout,
        bytes,
        maxRedirects,
        allowAddresses);
  }

  /** The robots.txt product token: the user agent up to the first '/' or space. */
  public String robotName() {
    return userAgent.strip().split("[/ ]", 2)[0];
  }
}
