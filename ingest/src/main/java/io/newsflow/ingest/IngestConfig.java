package io.newsflow.ingest;

import io.newsflow.ingest.fetch.FetchSettings;
import io.newsflow.ingest.polite.PolitenessSettings;
import io.newsflow.ingest.source.SourceSpec;
import io.newsflow.schema.SourceKind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the ingest stage reads from configuration. Defaults are in {@link #defaults()} and
 * documented in the README.
 *
 * @param sources the sources given directly (command line)
 * @param sourcesFile a JSON sources file (see {@code SourceList}), or null
 * @param pollInterval how often feeds and sitemaps given without their own interval are read again;
 *     zero reads them once
 * @param refetchAfter a URL fetched longer ago than this is fetched again; zero never refetches
 * @param shared publish the sources to the sources topic and poll the ones the consumer group
 *     assigns to this instance (several instances share the work); runs until stopped
 * @param groupId the consumer group of shared instances
 * @param maxSitemapAge sitemap entries dated (news publication date, else lastmod) longer ago are
 *     not fetched; zero takes every entry
 * @param shutdownTimeout how long in-flight fetches may take to finish on shutdown
 */
public record IngestConfig(
    List<SourceSpec> sources,
    Path sourcesFile,
    Duration pollInterval,
    FetchSettings fetch,
    PolitenessSettings politeness,
    Duration refetchAfter,
    boolean shared,
    String groupId,
    Duration maxSitemapAge,
    Duration shutdownTimeout) {

  public static final String DEFAULT_USER_AGENT = FetchSettings.DEFAULT_USER_AGENT;
  public static final int DEFAULT_MAX_BODY_BYTES = FetchSettings.DEFAULT_MAX_BODY_BYTES;
  public static final String DEFAULT_GROUP_ID = "newsflow-ingest";
  // Durations as ISO-8601 text as well: the command line's defaults must be compile-time constants.
  public static final String DEFAULT_POLL_INTERVAL_TEXT = "PT5M";
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.parse(DEFAULT_POLL_INTERVAL_TEXT);
  public static final String DEFAULT_REFETCH_AFTER_TEXT = "P30D";
  public static final Duration DEFAULT_REFETCH_AFTER = Duration.parse(DEFAULT_REFETCH_AFTER_TEXT);
  public static final String DEFAULT_MAX_SITEMAP_AGE_TEXT = "PT0S";
  public static final Duration DEFAULT_MAX_SITEMAP_AGE =
      Duration.parse(DEFAULT_MAX_SITEMAP_AGE_TEXT);
  public static final String DEFAULT_SHUTDOWN_TIMEOUT_TEXT = "PT30S";
  public static final Duration DEFAULT_SHUTDOWN_TIMEOUT =
      Duration.parse(DEFAULT_SHUTDOWN_TIMEOUT_TEXT);

  public IngestConfig {
    sources = List.copyOf(sources);
    if (pollInterval.isNegative()
        || refetchAfter.isNegative()
        || maxSitemapAge.isNegative()
        || shutdownTimeout.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
  }

  public static IngestConfig defaults() {
    return new IngestConfig(
        List.of(),
        null,
        DEFAULT_POLL_INTERVAL,
        FetchSettings.defaults(),
        PolitenessSettings.defaults(),
        DEFAULT_REFETCH_AFTER,
        false,
        DEFAULT_GROUP_ID,
        DEFAULT_MAX_SITEMAP_AGE,
        DEFAULT_SHUTDOWN_TIMEOUT);
  }

  public boolean hasSources() {
    return !sources.isEmpty() || sourcesFile != null || shared;
  }

  /** True when ingest keeps running as a service, false when it stops by itself. */
  public boolean keepsPolling() {
    return shared || sources.stream().anyMatch(SourceSpec::repeats);
  }

  public int maxBodyBytes() {
    return fetch.maxBodyBytes();
  }

  /** Sources from the classic options: URL lists and directories read once, feeds polled. */
  public static List<SourceSpec> sourcesOf(
      List<Path> lists, List<URI> feeds, List<Path> dirs, Duration feedInterval) {
    List<SourceSpec> specs = new ArrayList<>();
    dirs.forEach(d -> specs.add(SourceSpec.of(SourceKind.FILE, d.toString(), Duration.ZERO)));
    lists.forEach(l -> specs.add(SourceSpec.of(SourceKind.LIST, l.toString(), Duration.ZERO)));
    feeds.forEach(f -> specs.add(SourceSpec.of(SourceKind.FEED, f.toString(), feedInterval)));
    return specs;
  }

  public IngestConfig withSources(List<Path> lists, List<URI> feeds, List<Path> dirs) {
    return withSources(sourcesOf(lists, feeds, dirs, pollInterval));
  }

  public IngestConfig withSources(List<SourceSpec> specs) {
    return new IngestConfig(
        specs,
        sourcesFile,
        pollInterval,
        fetch,
        politeness,
        refetchAfter,
        shared,
        groupId,
        maxSitemapAge,
        shutdownTimeout);
  }

  public IngestConfig withFetch(FetchSettings f) {
    return new IngestConfig(
        sources,
        sourcesFile,
        pollInterval,
        f,
        politeness,
        refetchAfter,
        shared,
        groupId,
        maxSitemapAge,
        shutdownTimeout);
  }

  public IngestConfig withPoliteness(PolitenessSettings p) {
    return new IngestConfig(
        sources,
        sourcesFile,
        pollInterval,
        fetch,
        p,
        refetchAfter,
        shared,
        groupId,
        maxSitemapAge,
        shutdownTimeout);
  }

  public IngestConfig withShared(boolean s, String group) {
    return new IngestConfig(
        sources,
        sourcesFile,
        pollInterval,
        fetch,
        politeness,
        refetchAfter,
        s,
        group,
        maxSitemapAge,
        shutdownTimeout);
  }

  public IngestConfig withRefetchAfter(Duration age) {
    return new IngestConfig(
        sources,
        sourcesFile,
        pollInterval,
        fetch,
        politeness,
        age,
        shared,
        groupId,
        maxSitemapAge,
        shutdownTimeout);
  }

  public IngestConfig withMaxBodyBytes(int bytes) {
    return withFetch(fetch.withMaxBodyBytes(bytes));
  }
}
