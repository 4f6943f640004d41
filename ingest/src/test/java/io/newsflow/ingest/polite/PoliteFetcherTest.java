package io.newsflow.ingest.polite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.ingest.LoopbackServer;
import io.newsflow.ingest.fetch.FetchFailure;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.FetchSettings;
import io.newsflow.ingest.fetch.PageFetcher;
import io.newsflow.schema.deadletter.DeadLetterReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Robots, politeness and retries, measured at a real HTTP server on loopback. */
class PoliteFetcherTest {
  static final String PAGE = "<html><body><p>a page</p></body></html>";
  LoopbackServer server;
  PoliteFetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
  }

  @AfterEach
  void stop() {
    if (fetcher != null) {
      fetcher.close();
    }
    server.close();
  }

  PoliteFetcher fetcher(PolitenessSettings politeness) {
    FetchSettings fetch = FetchSettings.defaults().withAllowAddresses(List.of("127.0.0.1"));
    fetcher =
        new PoliteFetcher(new PageFetcher(fetch, Clock.systemUTC()), politeness, Clock.systemUTC());
    return fetcher;
  }

  static PolitenessSettings quick() {
    return PolitenessSettings.defaults()
        .withPerHostDelay(Duration.ZERO)
        .withRetries(3, Duration.ofMillis(50), Duration.ofSeconds(10));
  }

  FetchResult get(String path) {
    return fetcher.fetch(FetchRequest.page(server.url(path))).join();
  }

  @Test
  void honoursARobotsDisallowWithWildcards() {
    server.page(
        "/robots.txt",
        "text/plain",
        "User-agent: *\nDisallow: /private/\nDisallow: /*.cgi$\n\nUser-agent: newsflow\nDisallow: /drafts/\nAllow: /drafts/public\n");
    server.page("/", "text/html", PAGE);
    fetcher(quick());

    assertEquals(DeadLetterReason.ROBOTS_DISALLOWED, failure(get("/drafts/secret")).reason());
    assertInstanceOf(
        FetchResult.Page.class, get("/drafts/public-note"), "Allow beats the shorter Disallow");
    assertInstanceOf(
        FetchResult.Page.class, get("/private/x"), "our own group replaces the * group");
    assertInstanceOf(FetchResult.Page.class, get("/news/today.html"));
    assertEquals(
        List.of("/robots.txt", "/drafts/public-note", "/private/x", "/news/today.html"),
        server.requests().stream().map(LoopbackServer.Request::path).toList(),
        "robots.txt once, no disallowed request");
  }

  @Test
  void honoursACrawlDelayBetweenRequestsToOneHost() {
    server.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
    server.page("/a", "text/html", PAGE);
    fetcher(quick().withConcurrency(4));
    List<CompletableFuture<FetchResult>> all = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      all.add(fetcher.fetch(FetchRequest.page(server.url("/a?" + i))));
    }
    all.forEach(f -> assertInstanceOf(FetchResult.Page.class, f.join()));
    List<LoopbackServer.Request> pages = server.requests("/a");
    assertEquals(4, pages.size());
    for (int i = 1; i < pages.size(); i++) {
      long gapMillis = (pages.get(i).arrivedNanos() - pages.get(i - 1).arrivedNanos()) / 1_000_000;
      assertTrue(
          gapMillis >= 950, "request " + i + " came " + gapMillis + " ms after the previous one");
    }
  }

  @Test
  void keepsTheCrawlDelayBetweenEveryRequestRobotsAndRedirectHopsIncluded() {
    server.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
    server.handle("/old", ex -> redirect(ex, "/moved"));
    server.handle("/moved", ex -> redirect(ex, "/a"));
    server.page("/a", "text/html", PAGE);
    server.page("/b", "text/html", PAGE);
    fetcher(quick().withConcurrency(4));

    CompletableFuture<FetchResult> redirected =
        fetcher.fetch(FetchRequest.page(server.url("/old")));
    CompletableFuture<FetchResult> other = fetcher.fetch(FetchRequest.page(server.url("/b")));

    assertInstanceOf(FetchResult.Page.class, redirected.join());
    assertInstanceOf(FetchResult.Page.class, other.join());
    List<LoopbackServer.Request> all = server.requests();
    assertEquals(
        List.of("/robots.txt", "/old", "/b", "/moved", "/a").stream().sorted().toList(),
        all.stream().map(LoopbackServer.Request::path).sorted().toList());
    for (int i = 1; i < all.size(); i++) {
      long gapMillis = (all.get(i).arrivedNanos() - all.get(i - 1).arrivedNanos()) / 1_000_000;
      assertTrue(
          gapMillis >= 950,
          all.get(i).path() + " came " + gapMillis + " ms after " + all.get(i - 1).path());
    }
  }

  @Test
  void readsRobotsFirstWhenPagesOfANewHostArriveFromSeveralThreadsAtOnce() throws Exception {
    server.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
    server.page("/p", "text/html", PAGE);
    fetcher(quick().withConcurrency(4));
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<CompletableFuture<FetchResult>> all = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String url = server.url("/p?" + i);
      Thread t =
          new Thread(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                all.add(fetcher.fetch(FetchRequest.page(url)));
              });
      t.start();
      threads.add(t);
    }
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }

    all.forEach(f -> assertInstanceOf(FetchResult.Page.class, f.join()));
    List<LoopbackServer.Request> requests = server.requests();
    assertEquals("/robots.txt", requests.get(0).path());
    for (int i = 1; i < requests.size(); i++) {
      long gapMillis =
          (requests.get(i).arrivedNanos() - requests.get(i - 1).arrivedNanos()) / 1_000_000;
      assertTrue(gapMillis >= 950, requests.get(i).path() + " came " + gapMillis + " ms after");
    }
  }

  static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().add("Location", to);
    LoopbackServer.respond(ex, 302, null, new byte[0]);
  }

  @Test
  void keepsOneRequestInFlightPerHostButFetchesOtherHostsMeanwhile() throws IOException {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    server.handle(
        "/slow",
        ex -> {
          most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          sleep(150);
          inFlight.decrementAndGet();
          LoopbackServer.respond(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
    fetcher(quick().withConcurrency(8));
    List<CompletableFuture<FetchResult>> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      all.add(fetcher.fetch(FetchRequest.page(server.url("/slow?" + i))));
    }
    all.forEach(f -> assertInstanceOf(FetchResult.Page.class, f.join()));
    assertEquals(1, most.get(), "never two requests at once to one host");
  }

  @Test
  void waitsForRetryAfterOnA429ThenSucceeds() {
    AtomicInteger calls = new AtomicInteger();
    server.handle(
        "/limited",
        ex -> {
          if (calls.incrementAndGet() == 1) {
            ex.getResponseHeaders().add("Retry-After", "1");
            LoopbackServer.respond(ex, 429, "text/html", new byte[0]);
          } else {
            LoopbackServer.respond(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
          }
        });
    fetcher(quick());
    assertInstanceOf(FetchResult.Page.class, get("/limited"));
    List<LoopbackServer.Request> tries = server.requests("/limited");
    assertEquals(2, tries.size());
    long gapMillis = (tries.get(1).arrivedNanos() - tries.get(0).arrivedNanos()) / 1_000_000;
    assertTrue(gapMillis >= 950, "retried after " + gapMillis + " ms, Retry-After said 1 s");
  }

  @Test
  void retriesA503WithBackoffThenSucceeds() {
    AtomicInteger calls = new AtomicInteger();
    server.handle(
        "/flaky",
        ex -> {
          int n = calls.incrementAndGet();
          LoopbackServer.respond(
              ex,
              n <= 2 ? 503 : 200,
              "text/html",
              n <= 2 ? new byte[0] : PAGE.getBytes(StandardCharsets.UTF_8));
        });
    fetcher(quick());
    assertInstanceOf(FetchResult.Page.class, get("/flaky"));
    List<LoopbackServer.Request> tries = server.requests("/flaky");
    assertEquals(3, tries.size());
    long first = (tries.get(1).arrivedNanos() - tries.get(0).arrivedNanos()) / 1_000_000;
    long second = (tries.get(2).arrivedNanos() - tries.get(1).arrivedNanos()) / 1_000_000;
    assertTrue(
        first >= 50 && second >= 100,
        "backoff 50 ms then 100 ms (plus jitter): " + first + ", " + second);
  }

  @Test
  void givesUpAfterTheRetriesAndNeverRetriesOther4xx() {
    server.handle("/down", ex -> LoopbackServer.respond(ex, 500, "text/html", new byte[0]));
    server.handle("/gone", ex -> LoopbackServer.respond(ex, 410, "text/html", new byte[0]));
    fetcher(quick());
    FetchFailure down = failure(get("/down"));
    assertEquals(DeadLetterReason.HTTP_STATUS, down.reason());
    assertTrue(down.message().contains("after 4 tries"), down.message());
    assertEquals(4, server.requests("/down").size());
    assertEquals(DeadLetterReason.HTTP_STATUS, failure(get("/gone")).reason());
    assertEquals(1, server.requests("/gone").size());
  }

  @Test
  void givesUpWhenRetryAfterIsLongerThanTheLimit() {
    server.handle(
        "/later",
        ex -> {
          ex.getResponseHeaders().add("Retry-After", "3600");
          LoopbackServer.respond(ex, 503, "text/html", new byte[0]);
        });
    fetcher(quick());
    assertEquals(DeadLetterReason.RETRY_AFTER_TOO_LONG, failure(get("/later")).reason());
  }

  static FetchFailure failure(FetchResult r) {
    return assertInstanceOf(FetchResult.Failed.class, r).failure();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
