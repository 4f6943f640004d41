package io.newsflow.app.cli;

import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.fetch.FetchSettings;
import io.newsflow.ingest.polite.PolitenessSettings;
import io.newsflow.ingest.source.SourceSpec;
import io.newsflow.schema.SourceKind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Sources, fetch, politeness and sharing settings of the ingest stage. */
public final class IngestOptions {
  @Option(
      names = "--urls",
      paramLabel = "FILE",
      split = ",",
      description = "A file with one URL a line (repeatable).")
  List<Path> urlLists = new ArrayList<>();

  @Option(
      names = "--feed",
      paramLabel = "URL",
      split = ",",
      description = "An RSS 2.0, RSS 1.0 or Atom feed URL (repeatable).")
  List<URI> feeds = new ArrayList<>();

  @Option(
      names = "--sitemap",
      paramLabel = "URL",
      split = ",",
      description = "An XML sitemap, sitemap index or news sitemap URL (repeatable).")
  List<URI> sitemaps = new ArrayList<>();

  @Option(
      names = "--input",
      paramLabel = "DIR",
      split = ",",
      description = "A directory of saved pages: .html, .htm, .html.gz, .txt (repeatable).")
  List<Path> directories = new ArrayList<>();

  @Option(
      names = "--warc",
      paramLabel = "FILE",
      split = ",",
      description = "A WARC or WARC.gz file to replay (repeatable).")
  List<Path> warcs = new ArrayList<>();

  @Option(
      names = "--sources",
      paramLabel = "FILE",
      description = "A JSON sources file (see the README).")
  Path sourcesFile;

  @Option(
      names = "--poll-interval",
      defaultValue = IngestConfig.DEFAULT_POLL_INTERVAL_TEXT,
      paramLabel = "DURATION",
      description =
          "Start a pass over the feeds and sitemaps this often (30s, 5m, 1h or ISO-8601); 0s reads them once. Default: ${DEFAULT-VALUE}.")
  Duration pollInterval;

  @Option(
      names = "--shared",
      description =
          "Share the sources with other ingest instances through the sources topic"
              + " and a consumer group; runs until stopped.")
  boolean shared;

  @Option(
      names = "--ingest-group-id",
      defaultValue = IngestConfig.DEFAULT_GROUP_ID,
      description = "Consumer group of shared ingest instances. Default: ${DEFAULT-VALUE}.")
  String groupId;

  @Option(
      names = "--refetch-after",
      defaultValue = IngestConfig.DEFAULT_REFETCH_AFTER_TEXT,
      description =
          "Fetch a URL again once it was fetched longer ago than this; PT0S never. Default: ${DEFAULT-VALUE}.")
  Duration refetchAfter;

  @Option(
      names = "--max-sitemap-age",
      defaultValue = IngestConfig.DEFAULT_MAX_SITEMAP_AGE_TEXT,
      description =
          "Skip sitemap entries dated longer ago than this; PT0S takes all. Default: ${DEFAULT-VALUE}.")
  Duration maxSitemapAge;

  @Option(
      names = "--max-body-bytes",
      defaultValue = "" + FetchSettings.DEFAULT_MAX_BODY_BYTES,
      description = "Larger pages are skipped (body_too_large). Default: ${DEFAULT-VALUE}.")
  int maxBodyBytes;

  @Option(
      names = "--user-agent",
      defaultValue = IngestConfig.DEFAULT_USER_AGENT,
      description = "Default: ${DEFAULT-VALUE}.")
  String userAgent;

  @Option(
      names = "--fetch-concurrency",
      defaultValue = "" + PolitenessSettings.DEFAULT_CONCURRENCY,
      description = "Fetches in flight at once over all hosts. Default: ${DEFAULT-VALUE}.")
  int fetchConcurrency;

  @Option(
      names = "--per-host-delay",
      defaultValue = PolitenessSettings.DEFAULT_PER_HOST_DELAY_TEXT,
      description =
          "Least pause between two requests to one host (a larger robots.txt Crawl-delay wins). Default: ${DEFAULT-VALUE}.")
  Duration perHostDelay;

  @Option(
      names = "--max-crawl-delay",
      defaultValue = PolitenessSettings.DEFAULT_MAX_CRAWL_DELAY_TEXT,
      description = "Cap on a robots.txt Crawl-delay. Default: ${DEFAULT-VALUE}.")
  Duration maxCrawlDelay;

  @Option(
      names = "--ignore-robots",
      description = "Do not read robots.txt (only for your own servers).")
  boolean ignoreRobots;

  @Option(
      names = "--max-retries",
      defaultValue = "" + PolitenessSettings.DEFAULT_MAX_RETRIES,
      description = "Retries after a timeout, a 5xx or a 429. Default: ${DEFAULT-VALUE}.")
  int maxRetries;

  @Option(
      names = "--retry-base-delay",
      defaultValue = PolitenessSettings.DEFAULT_RETRY_BASE_DELAY_TEXT,
      description = "First backoff; doubles each retry, plus jitter. Default: ${DEFAULT-VALUE}.")
  Duration retryBaseDelay;

  @Option(
      names = "--max-retry-delay",
      defaultValue = PolitenessSettings.DEFAULT_MAX_RETRY_DELAY_TEXT,
      description = "Longest backoff or Retry-After waited for. Default: ${DEFAULT-VALUE}.")
  Duration maxRetryDelay;

  @Option(
      names = "--max-redirects",
      defaultValue = "" + FetchSettings.DEFAULT_MAX_REDIRECTS,
      description = "Default: ${DEFAULT-VALUE}.")
  int maxRedirects;

  @Option(
      names = "--connect-timeout",
      defaultValue = FetchSettings.DEFAULT_CONNECT_TIMEOUT_TEXT,
      description = "Default: ${DEFAULT-VALUE}.")
  Duration connectTimeout;

  @Option(
      names = "--first-byte-timeout",
      defaultValue = FetchSettings.DEFAULT_FIRST_BYTE_TIMEOUT_TEXT,
      description = "Until the response headers arrive. Default: ${DEFAULT-VALUE}.")
  Duration firstByteTimeout;

  @Option(
      names = "--request-timeout",
      defaultValue = FetchSettings.DEFAULT_TOTAL_TIMEOUT_TEXT,
      description = "The whole fetch, body included. Default: ${DEFAULT-VALUE}.")
  Duration requestTimeout;

  @Option(
      names = "--allow-address",
      paramLabel = "IP[/BITS]",
      split = ",",
      description =
          "Internal addresses that may be fetched anyway (the SSRF guard refuses loopback, private,"
              + " link-local and multicast targets otherwise), e.g. 127.0.0.1 (repeatable).")
  List<String> allowAddresses = new ArrayList<>();

  @Option(
      names = "--shutdown-timeout",
      defaultValue = IngestConfig.DEFAULT_SHUTDOWN_TIMEOUT_TEXT,
      description =
          "How long in-flight fetches may take to finish on SIGTERM. Default: ${DEFAULT-VALUE}.")
  Duration shutdownTimeout;

  public IngestConfig config() {
    List<SourceSpec> sources =
        new ArrayList<>(IngestConfig.sourcesOf(urlLists, feeds, directories, pollInterval));
    sitemaps.forEach(
        s -> sources.add(SourceSpec.of(SourceKind.SITEMAP, s.toString(), pollInterval)));
    warcs.forEach(w -> sources.add(SourceSpec.of(SourceKind.ARCHIVE, w.toString(), Duration.ZERO)));
    FetchSettings fetch =
        new FetchSettings(
            userAgent,
            connectTimeout,
            firstByteTimeout,
            requestTimeout,
            maxBodyBytes,
            maxRedirects,
            allowAddresses);
    PolitenessSettings politeness =
        new PolitenessSettings(
            fetchConcurrency,
            perHostDelay,
            maxCrawlDelay,
            maxRetries,
            retryBaseDelay,
            maxRetryDelay,
            PolitenessSettings.DEFAULT_ROBOTS_TTL,
            !ignoreRobots);
    IngestConfig config =
        new IngestConfig(
            sources,
            sourcesFile,
            pollInterval,
            fetch,
            politeness,
            refetchAfter,
            shared,
            groupId,
            maxSitemapAge,
            shutdownTimeout);
    SourceCheck.require(config, allowAddresses);
    return config;
  }
}
