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
        DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60),
        DEFAULT_MAX_BODY_BYTES, 5, List.of());
  }

  public FetchSettings withAllowAddresses(List<String> allow) {
    return new FetchSettings(userAgent, connectTimeout, firstByteTimeout, totalTimeout, maxBodyBytes, maxRedirects, allow);
  }

  public FetchSettings withMaxBodyBytes(int bytes) {
    return new FetchSettings(userAgent, connectTimeout, firstByteTimeout, totalTimeout, bytes, maxRedirects, allowAddresses);
  }

  /** The robots.txt product token: the user agent up to the first '/' or space. */
  public String robotName() {
    return userAgent.strip().split("[/ ]", 2)[0];
  }
}
