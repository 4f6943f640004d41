package io.newsflow.app.cli;

import io.newsflow.ingest.IngestConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Sources and fetch settings of the ingest stage. */
public final class IngestOptions {
  @Option(names = "--urls", paramLabel = "FILE", split = ",", description = "A file with one URL a line (repeatable).")
  List<Path> urlLists = new ArrayList<>();

  @Option(names = "--feed", paramLabel = "URL", split = ",", description = "An RSS or Atom feed URL (repeatable).")
  List<URI> feeds = new ArrayList<>();

  @Option(names = "--input", paramLabel = "DIR", split = ",",
      description = "A directory of saved pages: .html, .htm, .html.gz, .txt (repeatable).")
  List<Path> directories = new ArrayList<>();

  @Option(names = "--poll-interval", defaultValue = "PT5M", paramLabel = "DURATION",
      description = "Poll feeds again this often (ISO-8601); PT0S reads them once and stops. Default: ${DEFAULT-VALUE}.")
  Duration pollInterval;

  @Option(names = "--max-body-bytes", defaultValue = "10485760",
      description = "Larger pages are skipped (body_too_large). Default: ${DEFAULT-VALUE}.")
  int maxBodyBytes;

  @Option(names = "--user-agent", defaultValue = IngestConfig.DEFAULT_USER_AGENT, description = "Default: ${DEFAULT-VALUE}.")
  String userAgent;

  @Option(names = "--fetch-concurrency", defaultValue = "8", description = "Fetches at once. Default: ${DEFAULT-VALUE}.")
  int fetchConcurrency;

  @Option(names = "--connect-timeout", defaultValue = "PT10S", description = "Default: ${DEFAULT-VALUE}.")
  Duration connectTimeout;

  @Option(names = "--request-timeout", defaultValue = "PT30S", description = "Default: ${DEFAULT-VALUE}.")
  Duration requestTimeout;

  public IngestConfig config() {
    return new IngestConfig(
        urlLists, feeds, directories, pollInterval, userAgent, connectTimeout, requestTimeout, maxBodyBytes, fetchConcurrency);
  }
}
