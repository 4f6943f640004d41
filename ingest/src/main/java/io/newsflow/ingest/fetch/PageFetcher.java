package io.newsflow.ingest.fetch;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
    try {
      return send(url, uri);
    } catch (RuntimeException e) { // e.g. a port out of range
      return FetchResult.failed(url, FetchFailure.INVALID_URL, e.toString());
    }
  }

  private FetchResult send(String url, URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(requestTimeout)
            .header("User-Agent", userAgent)
            .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.5")
            .GET()
            .build();
    // The JDK's request timeout stops at the headers; this bounds the body too.
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client.sendAsync(request, LimitedBody.handler(maxBodyBytes));
    HttpResponse<byte[]> response;
    try {
      response = exchange.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      return FetchResult.failed(url, FetchFailure.TIMEOUT, "no complete response within " + requestTimeout);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      return FetchResult.failed(url, FetchFailure.IO_ERROR, "interrupted");
    } catch (ExecutionException e) {
      return failure(url, e.getCause());
    }
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      return FetchResult.failed(url, FetchFailure.HTTP_STATUS, "HTTP " + status);
    }
    if (response.body().length == 0) {
      return FetchResult.failed(url, FetchFailure.EMPTY_BODY, "HTTP " + status + " with an empty body");
    }
    return new FetchResult.Page(page(url, response, response.body()));
  }

  private FetchResult failure(String url, Throwable cause) {
    Throwable root = cause instanceof java.io.UncheckedIOException u ? u.getCause() : cause;
    if (root instanceof LimitedBody.TooLarge tooLarge) {
      return FetchResult.failed(
          url, FetchFailure.BODY_TOO_LARGE, "body over the limit of " + maxBodyBytes + " bytes: " + tooLarge.getMessage());
    }
    if (root instanceof HttpTimeoutException) {
      return FetchResult.failed(url, FetchFailure.TIMEOUT, "timed out: " + root.getMessage());
    }
    if (root instanceof IllegalArgumentException) {
      return FetchResult.failed(url, FetchFailure.INVALID_URL, root.toString());
    }
    return FetchResult.failed(url, FetchFailure.IO_ERROR, String.valueOf(root));
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
