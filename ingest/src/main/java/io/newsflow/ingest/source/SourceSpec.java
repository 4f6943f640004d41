package io.newsflow.ingest.source;

import io.newsflow.schema.CrawlSource;
import io.newsflow.schema.SourceKind;
import java.time.Duration;
import java.util.Set;

/**
 * One source to poll: a feed or sitemap URL, or a URL list, directory of saved pages or WARC file.
 *
 * @param id stable name; the key in the sources topic
 * @param pollInterval how often to read it again; zero reads it once
 * @param site an optional site label put on its pages, else null
 */
public record SourceSpec(
    String id, SourceKind kind, String location, Duration pollInterval, String site) {
  private static final Set<SourceKind> KINDS =
      Set.of(
          SourceKind.FEED,
          SourceKind.SITEMAP,
          SourceKind.LIST,
          SourceKind.FILE,
          SourceKind.ARCHIVE);

  public SourceSpec {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException(
          "a source is a feed, sitemap, list, directory or warc, not " + kind);
    }
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("source " + id + " has no location");
    }
    if (pollInterval == null || pollInterval.isNegative()) {
      throw new IllegalArgumentException(
          "source " + id + ": the poll interval must not be negative");
    }
    id =
        id == null || id.isBlank()
            ? kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + location
            : id;
  }

  public static SourceSpec of(SourceKind kind, String location, Duration pollInterval) {
    return new SourceSpec(null, kind, location, pollInterval, null);
  }

  public boolean repeats() {
    return !pollInterval.isZero();
  }

  public CrawlSource toRecord() {
    return CrawlSource.newBuilder()
        .setId(id)
        .setKind(kind)
        .setLocation(location)
        .setPollIntervalMs(pollInterval.toMillis())
        .setSite(site)
        .build();
  }

  public static SourceSpec fromRecord(CrawlSource r) {
    return new SourceSpec(
        r.getId(),
        r.getKind(),
        r.getLocation(),
        Duration.ofMillis(r.getPollIntervalMs()),
        r.getSite());
  }
}
