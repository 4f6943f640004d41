package io.newsflow.ingest.source;

import io.newsflow.encoding.CharsetResolver;
import io.newsflow.ingest.fetch.ContentType;
import io.newsflow.ingest.fetch.FetchFailure;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.FetchedPage;
import io.newsflow.schema.deadletter.DeadLetterReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Replays the response records of a WARC or WARC.gz file (Common Crawl's news archives, say) as
 * fetch results, read by jwarc one record at a time. The HTTP payload is decoded (chunked, gzip) by
 * jwarc; the same rules as a live fetch apply: HTML, XHTML or plain text under the size limit.
 * Records of other types (request, metadata, warcinfo) are not pages and are passed over.
 */
public final class WarcReplay {
  private static final Set<String> PAGE_TYPES =
      Set.of("text/html", "application/xhtml+xml", "text/plain");
  private static final List<String> KEPT_HEADERS =
      List.of("content-type", "content-language", "last-modified", "etag", "date", "link");

  private final int maxBodyBytes;

  public WarcReplay(int maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Hands every response record to the consumer, in file order; returns how many there were. */
  public long replay(Path warc, Consumer<FetchResult> each) throws IOException {
    return replayWithIds(warc, (id, result) -> each.accept(result));
  }

  /**
   * As {@link #replay(Path, Consumer)}, with each record's id: {@code WARC-Record-ID}, unique
   * across archives.
   */
  public long replayWithIds(Path warc, BiConsumer<String, FetchResult> each) throws IOException {
    long responses = 0;
    try (WarcReader reader = new WarcReader(warc)) {
      reader.setLenient(true);
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response) {
          responses++;
          each.accept(response.id().toString(), toResult(response));
        }
      }
    }
    return responses;
  }

  private FetchResult toResult(WarcResponse record) {
    String url = record.target();
    try {
      HttpResponse http = record.http();
      if (http.status() < 200 || http.status() >= 300) {
        return new FetchResult.Failed(
            new FetchFailure(
                url,
                DeadLetterReason.HTTP_STATUS,
                "archived HTTP " + http.status(),
                http.status(),
                false,
                null));
      }
      ContentType type = ContentType.parse(http.headers().first("content-type").orElse(null));
      if (!PAGE_TYPES.contains(type.mediaType())) {
        return FetchResult.failed(
            url,
            DeadLetterReason.UNSUPPORTED_CONTENT_TYPE,
            "archived content type " + type.mediaType() + " is not HTML, XHTML or plain text");
      }
      byte[] body;
      try (InputStream in = http.bodyDecoded().stream()) {
        body = in.readNBytes(maxBodyBytes + 1);
      }
      if (body.length > maxBodyBytes) {
        return FetchResult.failed(
            url, DeadLetterReason.BODY_TOO_LARGE, "archived body over " + maxBodyBytes + " bytes");
      }
      if (body.length == 0) {
        return FetchResult.failed(
            url, DeadLetterReason.EMPTY_BODY, "archived response with an empty body");
      }
      Map<String, String> headers = new LinkedHashMap<>();
      for (String name : KEPT_HEADERS) {
        http.headers().first(name).ifPresent(v -> headers.put(name, v));
      }
      return new FetchResult.Page(
          new FetchedPage(
              url,
              url,
              record.date(),
              http.status(),
              type.mediaType(),
              CharsetResolver.resolve(body, type.charset()).name(),
              headers,
              body));
    } catch (IOException | RuntimeException e) {
      return FetchResult.failed(
          url, DeadLetterReason.UNREADABLE_SOURCE, "cannot read the archived response: " + e);
    }
  }
}
