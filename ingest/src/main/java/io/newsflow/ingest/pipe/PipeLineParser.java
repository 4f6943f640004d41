package io.newsflow.ingest.pipe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.deadletter.DeadLetterReason;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one JSON line {@code {"url", "html" | "text", "fetched_at"?, "site"?}} into a RawPage
 * (source kind PIPE, HTTP status 0), or into a rejection saying why not. Unknown fields are
 * ignored, so producers may send more than we read. Thread-safe.
 */
public final class PipeLineParser {
  static final int MAX_SITE_CHARS = 200;
  private static final int MAX_URL_CHARS = 8_192;

  private final ObjectMapper mapper;
  private final String source;
  private final Clock clock;

  public PipeLineParser(PipeConfig config, Clock clock) {
    // one line may hold a whole page: let a single string be as long as the line itself
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(
                        Math.max(
                            config.maxLineBytes(), StreamReadConstraints.DEFAULT_MAX_STRING_LEN))
                    .maxNestingDepth(64)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.mapper =
        JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    this.source = config.source();
    this.clock = clock;
  }

  public PipeLine parse(byte[] line) {
    JsonNode root;
    try {
      root = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      return new PipeLine.Rejected(
          DeadLetterReason.BAD_JSON, "not valid JSON: " + e.getOriginalMessage(), null);
    } catch (IOException e) {
      return new PipeLine.Rejected(
          DeadLetterReason.BAD_JSON, "not valid JSON: " + e.getMessage(), null);
    }
    if (root == null || !root.isObject()) {
      return new PipeLine.Rejected(DeadLetterReason.BAD_JSON, "not a JSON object", null);
    }
    return parse(root);
  }

  private PipeLine parse(JsonNode root) {
    JsonNode urlNode = root.get("url");
    if (urlNode == null
        || urlNode.isNull()
        || (urlNode.isTextual() && urlNode.asText().isBlank())) {
      return new PipeLine.Rejected(DeadLetterReason.MISSING_URL, "no \"url\" field", null);
    }
    if (!urlNode.isTextual()) {
      return new PipeLine.Rejected(DeadLetterReason.BAD_URL, "\"url\" is not a string", null);
    }
    String url = urlNode.asText().strip();
    String whyNotUrl = whyNotHttpUrl(url);
    if (whyNotUrl != null) {
      return new PipeLine.Rejected(DeadLetterReason.BAD_URL, whyNotUrl, null);
    }
    JsonNode html = present(root.get("html"));
    JsonNode text = present(root.get("text"));
    if (html != null && text != null) {
      return new PipeLine.Rejected(
          DeadLetterReason.BOTH_HTML_AND_TEXT, "give \"html\" or \"text\", not both", url);
    }
    if (html == null && text == null) {
      return new PipeLine.Rejected(
          DeadLetterReason.NO_CONTENT, "neither \"html\" nor \"text\"", url);
    }
    JsonNode content = html != null ? html : text;
    if (!content.isTextual()) {
      return new PipeLine.Rejected(
          DeadLetterReason.BAD_FIELD,
          "\"" + (html != null ? "html" : "text") + "\" is not a string",
          url);
    }
    Instant fetchedAt;
    try {
      fetchedAt = fetchedAt(present(root.get("fetched_at")));
    } catch (IllegalArgumentException e) {
      return new PipeLine.Rejected(DeadLetterReason.BAD_FETCHED_AT, e.getMessage(), url);
    }
    JsonNode site = present(root.get("site"));
    if (site != null && (!site.isTextual() || site.asText().length() > MAX_SITE_CHARS)) {
      return new PipeLine.Rejected(
          DeadLetterReason.BAD_FIELD,
          "\"site\" is not a string of at most " + MAX_SITE_CHARS + " characters",
          url);
    }
    return new PipeLine.Page(
        RawPage.newBuilder()
            .setRequestedUrl(url)
            .setFinalUrl(url)
            .setFetchedAt(fetchedAt)
            .setHttpStatus(0)
            .setContentType(html != null ? "text/html" : "text/plain")
            .setCharset("UTF-8")
            .setHeaders(Map.of())
            .setBody(ByteBuffer.wrap(content.asText().getBytes(StandardCharsets.UTF_8)))
            .setSourceKind(SourceKind.PIPE)
            .setSource(source)
            .setSite(site == null || site.asText().isBlank() ? null : site.asText().strip())
            .build());
  }

  /** Null for an absent or JSON-null field. */
  private static JsonNode present(JsonNode n) {
    return n == null || n.isNull() ? null : n;
  }

  static String whyNotHttpUrl(String url) {
    if (url.length() > MAX_URL_CHARS) {
      return "URL longer than " + MAX_URL_CHARS + " characters";
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return "not an http(s) URL: " + abbreviate(url);
      }
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        return "URL without a host: " + abbreviate(url);
      }
      return null;
    } catch (URISyntaxException e) {
      return "malformed URL: " + e.getMessage();
    }
  }

  /**
   * ISO-8601 with an offset ("2024-05-01T10:00:00+02:00", "...Z") or epoch milliseconds; now if
   * absent.
   */
  private Instant fetchedAt(JsonNode n) {
    if (n == null) {
      return clock.instant();
    }
    if (n.isIntegralNumber() && n.canConvertToLong()) {
      return Instant.ofEpochMilli(n.asLong());
    }
    if (n.isTextual()) {
      String s = n.asText().strip();
      if (s.matches("-?\\d{1,18}")) {
        return Instant.ofEpochMilli(Long.parseLong(s));
      }
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "\"fetched_at\" is neither ISO-8601 with an offset nor epoch milliseconds: "
                + abbreviate(s));
      }
    }
    throw new IllegalArgumentException(
        "\"fetched_at\" is neither ISO-8601 with an offset nor epoch milliseconds");
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }
}
