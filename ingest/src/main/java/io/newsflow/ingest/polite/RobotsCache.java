package io.newsflow.ingest.polite;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.FetchedPage;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.schema.deadletter.DeadLetterReason;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per origin (scheme, host, port), parsed by crawler-commons (Allow and Disallow with
 * wildcards, Crawl-delay, the most specific user-agent group) and cached for a while. A missing
 * robots.txt (4xx) allows everything; a 5xx or an unreachable server defers the host, as Google and
 * crawler-commons do. Thread-safe.
 */
public final class RobotsCache {
  private record Entry(BaseRobotRules rules, Instant fetchedAt) {}

  private final PageFetcher fetcher;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final List<String> robotNames;
  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  public RobotsCache(PageFetcher fetcher, Duration ttl, Clock clock) {
    this.fetcher = fetcher;
    this.robotNames = List.of(fetcher.settings().robotName().toLowerCase(java.util.Locale.ROOT));
    this.ttl = ttl;
    this.clock = clock;
    parser.setMaxCrawlDelay(Long.MAX_VALUE); // capped by the scheduler instead, not refused
  }

  public static String origin(URI uri) {
    int port =
        uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    return uri.getScheme().toLowerCase(java.util.Locale.ROOT)
        + "://"
        + uri.getHost().toLowerCase(java.util.Locale.ROOT)
        + ":"
        + port;
  }

  /**
   * The rules for the URL's origin, fetching robots.txt if not cached (call with the host's slot
   * held).
   */
  public BaseRobotRules rules(URI uri) {
    String origin = origin(uri);
    Entry e = cache.get(origin);
    if (e == null || e.fetchedAt().plus(ttl).isBefore(clock.instant())) {
      e = new Entry(fetch(origin), clock.instant());
      cache.put(origin, e);
    }
    return e.rules();
  }

  /** True when the rules of the URL's origin are cached and not older than the TTL. */
  public boolean isFresh(URI uri) {
    Entry e = cache.get(origin(uri));
    return e != null && !e.fetchedAt().plus(ttl).isBefore(clock.instant());
  }

  /** Crawl-delay of a cached origin in milliseconds, or -1 if none is known. */
  public long crawlDelayMillis(String origin) {
    Entry e = cache.get(origin);
    if (e == null || e.rules().getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY) {
      return -1;
    }
    return e.rules().getCrawlDelay();
  }

  private BaseRobotRules fetch(String origin) {
    String url = origin + "/robots.txt";
    FetchResult result = fetcher.fetch(FetchRequest.document(url, Validators.NONE), u -> null);
    if (result instanceof FetchResult.Page ok) {
      FetchedPage page = ok.page();
      return parser.parseContent(
          url,
          page.body(),
          page.contentType() == null ? "text/plain" : page.contentType(),
          robotNames);
    }
    if (result instanceof FetchResult.Failed failed
        && failed.failure().reason() == DeadLetterReason.EMPTY_BODY) {
      return parser.parseContent(url, new byte[0], "text/plain", robotNames);
    }
    if (result instanceof FetchResult.Failed failed
        && failed.failure().status() >= 400
        && failed.failure().status() < 500) {
      return parser.failedFetch(failed.failure().status()); // allow all
    }
    return parser.failedFetch(503); // server error, timeout, unreachable: come back later
  }
}
