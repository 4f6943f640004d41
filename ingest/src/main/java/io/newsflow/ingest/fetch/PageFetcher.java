package io.newsflow.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fetches one URL with {@link HttpClient}: a connect timeout, a request timeout that bounds the
 * whole fetch including the body (the JDK's own stops at the headers, so a server trickling bytes
 * would hold a thread forever), redirects followed (the JDK caps them), and a body size limit
 * enforced while reading, so a huge response never sits in memory. Only http and https are
 * fetched. Never throws. Thread-safe.
 */
public final class PageFetcher {
  /** Response headers worth keeping on the RawPage. */
  private static final List<String> KEPT_HEADERS =
      List.of("content-type", "content-language", "last-modified", "etag", "date", "link");

  private final HttpClient client;
  private final String userAgent;
  private final Duration requestTimeout;
  private final int maxBodyBytes;
  private final Clock clock;
  private final ScheduledExecutorService alarms =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "newsflow-fetch-deadline");
            t.setDaemon(true);
            return t;
          });

  public PageFetcher(
      String userAgent, Duration connectTimeout, Duration requestTimeout, int maxBodyBytes, Clock clock) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.userAgent = userAgent;
    this.requestTimeout = requestTimeout;
    this.maxBodyBytes = maxBodyBytes;
    this.clock = clock;
  }

  public FetchResult fetch(String url) {
    URI uri;
    try {
      uri = URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      return FetchResult.failed(url, FetchFailure.INVALID_URL, "not a URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      return FetchResult.failed(url, FetchFailure.INVALID_URL, "only http and https URLs are fetched");
    }
    Thread fetching = Thread.currentThread();
    ScheduledFuture<?> deadline = alarms.schedule(fetching::interrupt, requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    try {
      return send(url, uri);
    } catch (HttpTimeoutException e) {
      return FetchResult.failed(url, FetchFailure.TIMEOUT, "timed out: " + e.getMessage());
    } catch (IOException | InterruptedException e) {
      return deadline.isDone()
          ? FetchResult.failed(url, FetchFailure.TIMEOUT, "no complete response within " + requestTimeout)
          : FetchResult.failed(url, FetchFailure.IO_ERROR, e.toString());
    } catch (RuntimeException e) { // e.g. a port out of range, a malformed header
      return FetchResult.failed(url, FetchFailure.INVALID_URL, e.toString());
    } finally {
      deadline.cancel(false);
      Thread.interrupted(); // a deadline that fired just as the fetch ended must not leak
    }
  }

  /** Stops the deadline timer; fetches after this are not bounded. */
  public void close() {
    alarms.shutdownNow();
  }

  private FetchResult send(String url, URI uri) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(requestTimeout)
            .header("User-Agent", userAgent)
            .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.5")
            .GET()
            .build();
    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      if (status < 200 || status >= 300) {
        return FetchResult.failed(url, FetchFailure.HTTP_STATUS, "HTTP " + status);
      }
      long declared = declaredLength(response);
      if (declared > maxBodyBytes) {
        return tooLarge(url, declared + " bytes declared");
      }
      byte[] bytes = body.readNBytes(maxBodyBytes + 1);
      if (bytes.length > maxBodyBytes) {
        return tooLarge(url, "more than " + maxBodyBytes + " bytes");
      }
      if (bytes.length == 0) {
        return FetchResult.failed(url, FetchFailure.EMPTY_BODY, "HTTP " + status + " with an empty body");
      }
      return new FetchResult.Page(page(url, response, bytes));
    }
  }

  private static long declaredLength(HttpResponse<?> response) {
    try {
      return response.headers().firstValueAsLong("content-length").orElse(-1);
    } catch (NumberFormatException e) {
      return -1; // a malformed header: the read limit still applies
    }
  }

  private FetchResult tooLarge(String url, String detail) {
    return FetchResult.failed(
        url, FetchFailure.BODY_TOO_LARGE, "body over the limit of " + maxBodyBytes + " bytes: " + detail);
  }

  private FetchedPage page(String url, HttpResponse<?> response, byte[] bytes) {
    ContentType type = ContentType.parse(response.headers().firstValue("content-type").orElse(null));
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : KEPT_HEADERS) {
      response.headers().firstValue(name).ifPresent(v -> headers.put(name, v));
    }
    return new FetchedPage(
        url,
        response.uri().toString(),
        clock.instant(),
        response.statusCode(),
        type.mediaType(),
        type.charset(),
        headers,
        bytes);
  }
}
