package io.newsflow.ingest.polite;

import crawlercommons.robots.BaseRobotRules;
import io.newsflow.ingest.fetch.FetchFailure;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.ingest.fetch.RedirectChain;
import io.newsflow.schema.deadletter.DeadLetterReason;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The fetcher as the web sees it: robots.txt obeyed, one request in flight per host with a pause
 * between requests (the larger of the configured delay and the site's Crawl-delay), a global
 * concurrency limit, and retries with exponential backoff and jitter for timeouts, 5xx and 429 (a
 * Retry-After is honoured and pauses the whole host). Other failures are final. Thread-safe.
 */
public final class PoliteFetcher implements AutoCloseable {
  private final PageFetcher fetcher;
  private final PolitenessSettings settings;
  private final RobotsCache robots;
  private final HostScheduler scheduler;
  private final Set<String> robotsQueued = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService retryTimer =
      Executors.newSingleThreadScheduledExecutor(HostScheduler.daemon("newsflow-retry-timer"));

  public PoliteFetcher(PageFetcher fetcher, PolitenessSettings settings, Clock clock) {
    this.fetcher = fetcher;
    this.settings = settings;
    this.robots = new RobotsCache(fetcher, settings.robotsTtl(), clock);
    this.scheduler = new HostScheduler(settings.concurrency(), this::pauseMillis);
  }

  /**
   * Completes with the final result after any retries; never completes exceptionally but on
   * shutdown.
   */
  public CompletableFuture<FetchResult> fetch(FetchRequest request) {
    URI uri;
    try {
      uri = URI.create(request.url().strip());
      if (uri.getHost() == null || uri.getScheme() == null) {
        return CompletableFuture.completedFuture(
            FetchResult.failed(
                request.url(), DeadLetterReason.INVALID_URL, "not an absolute http(s) URL"));
      }
    } catch (IllegalArgumentException e) {
      return CompletableFuture.completedFuture(
          FetchResult.failed(
              request.url(), DeadLetterReason.INVALID_URL, "not a URL: " + e.getMessage()));
    }
    return attempt(RobotsCache.origin(uri), request, 0);
  }

  /** Fetches waiting or running. */
  public int pending() {
    return scheduler.pending();
  }

  private CompletableFuture<FetchResult> attempt(String origin, FetchRequest request, int tries) {
    URI start = URI.create(request.url().strip());
    RedirectChain chain = new RedirectChain(request.url(), fetcher.settings().maxRedirects());
    return follow(request, start, chain)
        .thenCompose(result -> retryIfWorth(origin, request, tries, result));
  }

  /**
   * One hop of the redirect chain on its host's slot, then the next hop on the next host's slot:
   * every request to a host, hops included, keeps that host's pause and Crawl-delay.
   */
  private CompletableFuture<FetchResult> follow(
      FetchRequest request, URI uri, RedirectChain chain) {
    CompletableFuture<PageFetcher.Hop> hop;
    if (isHttp(uri)) {
      synchronized (robotsQueued) { // robots.txt enters the host's queue before any page
        queueRobots(uri);
        hop =
            scheduler.submit(
                RobotsCache.origin(uri), () -> fetcher.hop(request, uri, this::robotsCheck));
      }
    } else { // refused by the guard, no request made
      hop = CompletableFuture.completedFuture(fetcher.hop(request, uri, this::robotsCheck));
    }
    return hop.thenCompose(
        answer -> {
          if (answer instanceof PageFetcher.Hop.Done done) {
            return CompletableFuture.completedFuture(done.result());
          }
          URI next = ((PageFetcher.Hop.Redirect) answer).next();
          FetchResult refused = chain.follow(uri, next);
          return refused != null
              ? CompletableFuture.completedFuture(refused)
              : follow(request, next, chain);
        });
  }

  /**
   * robots.txt is a request to the host too: it is queued on the host's slot ahead of the page, so
   * the page waits for the pause after it, and with the Crawl-delay it names; once per host,
   * however many pages follow (they queue behind it in order).
   */
  private void queueRobots(URI uri) {
    if (!settings.robots() || robots.isFresh(uri)) {
      return;
    }
    String origin = RobotsCache.origin(uri);
    if (robotsQueued.add(origin)) {
      scheduler
          .submit(
              origin,
              () -> {
                robots.rules(uri);
                return true;
              })
          .whenComplete((r, e) -> robotsQueued.remove(origin));
    }
  }

  private static boolean isHttp(URI uri) {
    String scheme = uri.getScheme();
    return uri.getHost() != null
        && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
  }

  private CompletableFuture<FetchResult> retryIfWorth(
      String origin, FetchRequest request, int tries, FetchResult result) {
    if (!(result instanceof FetchResult.Failed failed) || !failed.failure().retryable()) {
      return CompletableFuture.completedFuture(result);
    }
    FetchFailure f = failed.failure();
    if (tries >= settings.maxRetries()) {
      return CompletableFuture.completedFuture(
          new FetchResult.Failed(
              f.notRetryable(f.reason(), f.message() + " (after " + (tries + 1) + " tries)")));
    }
    Duration wait;
    if (f.retryAfter() != null) {
      if (f.retryAfter().compareTo(settings.maxRetryDelay()) > 0) {
        return CompletableFuture.completedFuture(
            new FetchResult.Failed(
                f.notRetryable(
                    DeadLetterReason.RETRY_AFTER_TOO_LONG,
                    f.message()
                        + " with Retry-After "
                        + f.retryAfter().toSeconds()
                        + " s, over the limit of "
                        + settings.maxRetryDelay().toSeconds()
                        + " s")));
      }
      wait = f.retryAfter();
      scheduler.pause(origin, wait); // the whole host asked for the break, not just this URL
    } else {
      wait = backoff(tries);
    }
    CompletableFuture<FetchResult> next = new CompletableFuture<>();
    retryTimer.schedule(
        () ->
            attempt(origin, request, tries + 1)
                .whenComplete(
                    (r, e) -> {
                      if (e != null) {
                        next.completeExceptionally(e);
                      } else {
                        next.complete(r);
                      }
                    }),
        wait.toMillis(),
        TimeUnit.MILLISECONDS);
    return next;
  }

  /** base * 2^tries, plus up to half of that at random so many clients do not retry in step. */
  Duration backoff(int tries) {
    long base = settings.retryBaseDelay().toMillis() << Math.min(tries, 20);
    long jittered = base + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    return Duration.ofMillis(Math.min(jittered, settings.maxRetryDelay().toMillis()));
  }

  private FetchFailure robotsCheck(URI uri) {
    if (!settings.robots()) {
      return null;
    }
    BaseRobotRules rules = robots.rules(uri);
    if (rules.isDeferVisits()) {
      return new FetchFailure(
          uri.toString(),
          DeadLetterReason.ROBOTS_UNAVAILABLE,
          "robots.txt of " + uri.getHost() + " could not be read (server error or unreachable)",
          0,
          true,
          null);
    }
    if (!rules.isAllowed(uri.toString())) {
      return new FetchFailure(
          uri.toString(), DeadLetterReason.ROBOTS_DISALLOWED, "disallowed by robots.txt");
    }
    return null;
  }

  private long pauseMillis(String origin) {
    long crawlDelay =
        Math.min(robots.crawlDelayMillis(origin), settings.maxCrawlDelay().toMillis());
    return Math.max(settings.perHostDelay().toMillis(), crawlDelay);
  }

  /** Stops taking work; in-flight fetches get up to the bound to finish. */
  public void shutdown(Duration bound) {
    retryTimer.shutdownNow();
    scheduler.shutdown(bound);
  }

  @Override
  public void close() {
    shutdown(Duration.ZERO);
  }
}
