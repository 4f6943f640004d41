package io.newsflow.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything the ingest stage reads from configuration. Defaults are in {@link #defaults()} and
 * documented in the README.
 *
 * @param urlLists files with one URL a line ('#' starts a comment)
 * @param feeds RSS or Atom feed URLs; their items are fetched
 * @param directories directories of saved pages (.html, .htm, .html.gz, .txt), read recursively
 * @param feedPollInterval how often feeds are polled again; zero polls once and stops
 * @param maxBodyBytes a larger response or file is skipped with reason body_too_large
 * @param fetchConcurrency how many fetches run at once
 */
public record IngestConfig(
    List<Path> urlLists,
    List<URI> feeds,
    List<Path> directories,
    Duration feedPollInterval,
    String userAgent,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxBodyBytes,
    int fetchConcurrency) {

  public static final String DEFAULT_USER_AGENT = "newsflow/0.1 (+https://github.com/newsflow)";
  public static final int DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

  public IngestConfig {
    urlLists = List.copyOf(urlLists);
    feeds = List.copyOf(feeds);
    directories = List.copyOf(directories);
    if (feedPollInterval.isNegative()) {
      throw new IllegalArgumentException("feed poll interval must not be negative");
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("max body bytes must be >= 1, was " + maxBodyBytes);
    }
    if (fetchConcurrency < 1) {
      throw new IllegalArgumentException("fetch concurrency must be >= 1, was " + fetchConcurrency);
    }
  }

  public static IngestConfig defaults() {
    return new IngestConfig(
        List.of(),
        List.of(),
        List.of(),
        Duration.ofMinutes(5),
        DEFAULT_USER_AGENT,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        DEFAULT_MAX_BODY_BYTES,
        8);
  }

  public boolean hasSources() {
    return !urlLists.isEmpty() || !feeds.isEmpty() || !directories.isEmpty();
  }

  /** True when ingest keeps running as a service (it polls feeds), false when it stops by itself. */
  public boolean keepsPolling() {
    return !feeds.isEmpty() && !feedPollInterval.isZero();
  }

  public IngestConfig withSources(List<Path> lists, List<URI> feedUris, List<Path> dirs) {
    return new IngestConfig(
        lists, feedUris, dirs, feedPollInterval, userAgent, connectTimeout, requestTimeout,
        maxBodyBytes, fetchConcurrency);
  }

  public IngestConfig withFeedPollInterval(Duration interval) {
    return new IngestConfig(
        urlLists, feeds, directories, interval, userAgent, connectTimeout, requestTimeout,
        maxBodyBytes, fetchConcurrency);
  }

  public IngestConfig withMaxBodyBytes(int bytes) {
    return new IngestConfig(
        urlLists, feeds, directories, feedPollInterval, userAgent, connectTimeout, requestTimeout,
        bytes, fetchConcurrency);
  }
}
