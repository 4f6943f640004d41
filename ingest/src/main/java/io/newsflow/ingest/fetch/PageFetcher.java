package io.newsflow.ingest.fetch;

import io.newsflow.encoding.CharsetResolver;
import io.newsflow.schema.deadletter.DeadLetterReason;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * One fetch of one URL with {@link HttpClient}: no retries and no politeness (see {@code
 * polite.PoliteFetcher} for those), but everything else a hostile web needs:
 *
 * <ul>
 *   <li>the SSRF guard on the URL and on every redirect target, plus a caller's check per hop
 *       (robots.txt);
 *   <li>redirects followed by hand, up to a limit, with loop detection;
 *   <li>connect, first-byte and total timeouts (the JDK's request timeout stops at the headers, so
 *       a server trickling bytes would otherwise hold a thread forever);
 *   <li>a body size limit enforced while reading, and again after gzip/deflate decoding;
 *   <li>the charset as enrich will read it ({@link CharsetResolver}: BOM, header, meta, then the
 *       bytes' own evidence); pages must be HTML, XHTML or plain text;
 *   <li>conditional GET (If-None-Match, If-Modified-Since).
 * </ul>
 *
 * Never throws. Thread-safe.
 */
public final class PageFetcher {
  /** Response headers worth keeping on the RawPage. */
  private static final List<String> KEPT_HEADERS =
      List.of("content-type", "content-language", "last-modified", "etag", "date", "link");

  private static final Set<String> PAGE_TYPES =
      Set.of("text/html", "application/xhtml+xml", "text/plain");

  private final HttpClient client;
  private final FetchSettings settings;
  private final AddressGuard guard;
  private final Clock clock;

  public PageFetcher(FetchSettings settings, Clock clock) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER) // by hand: each hop goes through the guard
            .build();
    this.settings = settings;
    this.guard = new AddressGuard(settings.allowAddresses());
    this.clock = clock;
  }

  public FetchSettings settings() {
    return settings;
  }

  public FetchResult fetch(String url) {
    return fetch(FetchRequest.page(url), uri -> null);
  }

  /**
   * The whole redirect chain at once, for callers without politeness (robots.txt itself, tools).
   *
   * @param hopCheck asked about the URL and each redirect target; a non-null failure stops there
   */
  public FetchResult fetch(FetchRequest request, Function<URI, FetchFailure> hopCheck) {
    URI uri;
    try {
      uri = URI.create(request.url().strip());
    } catch (IllegalArgumentException e) {
      return FetchResult.failed(
          request.url(), DeadLetterReason.INVALID_URL, "not a URL: " + e.getMessage());
    }
    RedirectChain chain = new RedirectChain(request.url(), settings.maxRedirects());
    while (true) {
      Hop hop = hop(request, uri, hopCheck);
      if (hop instanceof Hop.Done done) {
        return done.result();
      }
      URI next = ((Hop.Redirect) hop).next();
      FetchResult refused = chain.follow(uri, next);
      if (refused != null) {
        return refused;
      }
      uri = next;
    }
  }

  /** What one request of a redirect chain gave: the result, or where the server sends us. */
  public sealed interface Hop {
    record Done(FetchResult result) implements Hop {}

    record Redirect(URI next) implements Hop {}
  }

  /**
   * One request of the chain that started at {@code request.url()}: the SSRF guard and the caller's
   * check on {@code uri}, then the request, so a polite caller can schedule each hop on its own
   * host's slot.
   */
  public Hop hop(FetchRequest request, URI uri, Function<URI, FetchFailure> hopCheck) {
    String url = request.url();
    FetchFailure refused = guard.check(uri);
    if (refused == null) {
      refused = hopCheck.apply(uri);
    }
    if (refused != null) {
      return new Hop.Done(new FetchResult.Failed(refused.withUrl(url)));
    }
    Object answer;
    try {
      answer = send(url, uri, request);
    } catch (RuntimeException e) { // e.g. a port out of range
      return new Hop.Done(FetchResult.failed(url, DeadLetterReason.INVALID_URL, e.toString()));
    }
    return answer instanceof URI next ? new Hop.Redirect(next) : new Hop.Done((FetchResult) answer);
  }

  /** A FetchResult, or the URI a redirect points to. */
  private Object send(String url, URI uri, FetchRequest request) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(settings.firstByteTimeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", request.purpose().accept)
            .header("Accept-Encoding", "gzip, deflate")
            .GET();
    Validators v = request.validators();
    if (v.etag() != null) {
      builder.header("If-None-Match", v.etag());
    }
    if (v.lastModified() != null) {
      builder.header("If-Modified-Since", v.lastModified());
    }
    Duration total = settings.totalTimeout();
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client.sendAsync(builder.build(), LimitedBody.handler(settings.maxBodyBytes()));
    HttpResponse<byte[]> response;
    try {
      response = exchange.get(total.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      return retryable(
          url, DeadLetterReason.TIMEOUT, "no complete response within " + total, 0, null);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      return FetchResult.failed(url, DeadLetterReason.IO_ERROR, "interrupted");
    } catch (ExecutionException e) {
      return failure(url, e.getCause());
    }
    return answer(url, uri, request, response);
  }

  private Object answer(String url, URI uri, FetchRequest request, HttpResponse<byte[]> response) {
    int status = response.statusCode();
    if (status >= 300 && status < 400 && status != 304) {
      String location = response.headers().firstValue("location").orElse(null);
      if (location == null) {
        return FetchResult.failed(
            url, DeadLetterReason.HTTP_STATUS, "HTTP " + status + " without a Location");
      }
      try {
        return uri.resolve(location.strip());
      } catch (IllegalArgumentException e) {
        return FetchResult.failed(
            url, DeadLetterReason.INVALID_URL, "bad redirect target " + location);
      }
    }
    if (status == 304) {
      return new FetchResult.NotModified(url);
    }
    if (status == 429 || status >= 500) {
      return retryable(
          url,
          DeadLetterReason.HTTP_STATUS,
          "HTTP " + status,
          status,
          RetryAfter.parse(
              response.headers().firstValue("retry-after").orElse(null), clock.instant()));
    }
    if (status < 200 || status >= 300) {
      return new FetchResult.Failed(
          new FetchFailure(
              url, DeadLetterReason.HTTP_STATUS, "HTTP " + status, status, false, null));
    }
    Object decoded =
        ContentDecoder.decode(
            url,
            response.headers().firstValue("content-encoding").orElse(null),
            response.body(),
            settings.maxBodyBytes());
    if (decoded instanceof FetchFailure f) {
      return new FetchResult.Failed(f);
    }
    byte[] body = (byte[]) decoded;
    if (body.length == 0) {
      return FetchResult.failed(
          url, DeadLetterReason.EMPTY_BODY, "HTTP " + status + " with an empty body");
    }
    ContentType type =
        ContentType.parse(response.headers().firstValue("content-type").orElse(null));
    String media = type.mediaType() != null ? type.mediaType() : sniff(body);
    if (request.purpose() == FetchRequest.Purpose.PAGE && !PAGE_TYPES.contains(media)) {
      return FetchResult.failed(
          url,
          DeadLetterReason.UNSUPPORTED_CONTENT_TYPE,
          "content type " + media + " is not HTML, XHTML or plain text");
    }
    return new FetchResult.Page(
        page(
            url, uri, response, media, CharsetResolver.resolve(body, type.charset()).name(), body));
  }

  /** No Content-Type: markup is taken for HTML, anything else is unknown. */
  private static String sniff(byte[] body) {
    String head =
        new String(
                body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
            .stripLeading();
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3).stripLeading();
    }
    return head.startsWith("<") ? "text/html" : "application/octet-stream";
  }

  private static FetchResult retryable(
      String url, DeadLetterReason reason, String message, int status, Duration retryAfter) {
    return new FetchResult.Failed(new FetchFailure(url, reason, message, status, true, retryAfter));
  }

  private FetchResult failure(String url, Throwable cause) {
    Throwable root = cause instanceof java.io.UncheckedIOException u ? u.getCause() : cause;
    if (root instanceof LimitedBody.TooLarge tooLarge) {
      return FetchResult.failed(
          url,
          DeadLetterReason.BODY_TOO_LARGE,
          "body over the limit of " + settings.maxBodyBytes() + " bytes: " + tooLarge.getMessage());
    }
    if (root instanceof HttpTimeoutException) {
      return retryable(url, DeadLetterReason.TIMEOUT, "timed out: " + root.getMessage(), 0, null);
    }
    if (root instanceof IllegalArgumentException) {
      return FetchResult.failed(url, DeadLetterReason.INVALID_URL, root.toString());
    }
    return FetchResult.failed(url, DeadLetterReason.IO_ERROR, String.valueOf(root));
  }

  private FetchedPage page(
      String url,
      URI finalUri,
      HttpResponse<?> response,
      String media,
      String charset,
      byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : KEPT_HEADERS) {
      response.headers().firstValue(name).ifPresent(v -> headers.put(name, v));
    }
    return new FetchedPage(
        url,
        finalUri.toString(),
        clock.instant(),
        response.statusCode(),
        media,
        charset,
        headers,
        body);
  }
}
