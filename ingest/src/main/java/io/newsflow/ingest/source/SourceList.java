package io.newsflow.ingest.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schema.SourceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a sources file (JSON):
 *
 * <pre>{@code
 * {
 *   "defaultPollInterval": "PT15M",
 *   "sources": [
 *     {"id": "bbc-world", "type": "feed", "url": "https://feeds.bbci.co.uk/news/world/rss.xml", "pollInterval": "PT5M"},
 *     {"type": "sitemap", "url": "https://www.example.com/news-sitemap.xml", "site": "Example News"},
 *     {"type": "urls", "path": "lists/today.txt", "pollInterval": "PT0S"},
 *     {"type": "directory", "path": "saved-pages"},
 *     {"type": "warc", "path": "CC-NEWS-20240101000000-00000.warc.gz"}
 *   ]
 * }
 * }</pre>
 *
 * Paths are relative to the file's directory. A source without an id gets "type:location". Unknown
 * keys and types are errors, so a typo does not silently drop a source.
 */
public final class SourceList {
  private static final Map<String, SourceKind> TYPES =
      Map.of(
          "feed",
          SourceKind.FEED,
          "sitemap",
          SourceKind.SITEMAP,
          "urls",
          SourceKind.LIST,
          "directory",
          SourceKind.FILE,
          "warc",
          SourceKind.ARCHIVE);
  private static final Set<SourceKind> URL_KINDS = Set.of(SourceKind.FEED, SourceKind.SITEMAP);

  private SourceList() {}

  record FileFormat(
      @JsonProperty("defaultPollInterval") String defaultPollInterval,
      @JsonProperty("sources") List<Entry> sources) {}

  @JsonIgnoreProperties(ignoreUnknown = false)
  record Entry(
      @JsonProperty("id") String id,
      @JsonProperty("type") String type,
      @JsonProperty("url") String url,
      @JsonProperty("path") String path,
      @JsonProperty("pollInterval") String pollInterval,
      @JsonProperty("site") String site) {}

  public static List<SourceSpec> read(Path file, Duration fallbackInterval) throws IOException {
    ObjectMapper json =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    FileFormat format = json.readValue(file.toFile(), FileFormat.class);
    if (format.sources() == null) {
      throw new IOException(file + ": no \"sources\" array");
    }
    Duration defaultInterval =
        format.defaultPollInterval() == null
            ? fallbackInterval
            : duration(format.defaultPollInterval(), file);
    Path base = file.toAbsolutePath().getParent();
    List<SourceSpec> specs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Entry e : format.sources()) {
      SourceSpec spec = toSpec(e, base, defaultInterval, file);
      if (!ids.add(spec.id())) {
        throw new IOException(file + ": two sources with the id " + spec.id());
      }
      specs.add(spec);
    }
    return specs;
  }

  private static SourceSpec toSpec(Entry e, Path base, Duration defaultInterval, Path file)
      throws IOException {
    SourceKind kind = e.type() == null ? null : TYPES.get(e.type().toLowerCase(Locale.ROOT));
    if (kind == null) {
      throw new IOException(
          file + ": source type must be one of " + TYPES.keySet() + ", was " + e.type());
    }
    String location =
        URL_KINDS.contains(kind)
            ? e.url()
            : e.path() == null ? null : base.resolve(e.path()).normalize().toString();
    if (location == null) {
      throw new IOException(
          file
              + ": a "
              + e.type()
              + " source needs "
              + (URL_KINDS.contains(kind) ? "\"url\"" : "\"path\""));
    }
    Duration interval =
        e.pollInterval() == null ? defaultInterval : duration(e.pollInterval(), file);
    try {
      return new SourceSpec(e.id(), kind, location, interval, e.site());
    } catch (IllegalArgumentException ex) {
      throw new IOException(file + ": " + ex.getMessage(), ex);
    }
  }

  private static Duration duration(String text, Path file) throws IOException {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IOException(file + ": not an ISO-8601 duration: " + text, e);
    }
  }
}
