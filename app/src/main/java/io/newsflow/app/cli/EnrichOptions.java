package io.newsflow.app.cli;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichConfig.SiteMemorySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Settings of the enrich stage. */
public final class EnrichOptions {
  @Option(
      names = "--application-id",
      defaultValue = EnrichConfig.DEFAULT_APPLICATION_ID,
      description =
          "Kafka Streams application id; instances with one id share the work. Default: ${DEFAULT-VALUE}.")
  String applicationId;

  @Option(
      names = "--state-dir",
      paramLabel = "DIR",
      description = "Kafka Streams state directory. Default: <work-dir>/streams.")
  Path stateDir;

  @Option(
      names = "--stream-threads",
      defaultValue = "" + EnrichConfig.DEFAULT_STREAM_THREADS,
      description = "Default: ${DEFAULT-VALUE}.")
  int streamThreads;

  @Mixin PageLimitOptions pageLimits = new PageLimitOptions();

  @Option(
      names = "--site-memory-min-pages",
      defaultValue = "" + SiteMemorySettings.DEFAULT_MIN_PAGES,
      description =
          "A line of a text page seen on this many distinct pages of one site is chrome there; 0 turns the site memory off. Default: ${DEFAULT-VALUE}.")
  int siteMemoryMinPages;

  @Option(
      names = "--site-memory-window",
      defaultValue = SiteMemorySettings.DEFAULT_WINDOW_TEXT,
      description =
          "Lines not seen on the site for this long are forgotten (and evicted from the store). Default: ${DEFAULT-VALUE}.")
  Duration siteMemoryWindow;

  @Option(
      names = "--site-memory-max-lines",
      defaultValue = "" + SiteMemorySettings.DEFAULT_MAX_LINES_PER_PAGE,
      description =
          "Lines of one text page counted in the site memory at most. Default: ${DEFAULT-VALUE}.")
  int siteMemoryMaxLines;

  @Option(
      names = "--entity-languages",
      split = ",",
      paramLabel = "LANG",
      defaultValue = EnrichConfig.DEFAULT_ENTITY_LANGUAGES_TEXT,
      description =
          "Languages whose articles are tagged (BCP 47 primary tags, comma-separated; `none` for"
              + " no tagging). Articles in other languages get no entities. Default:"
              + " ${DEFAULT-VALUE}, every language a bundled model covers.")
  List<String> entityLanguages;

  @Mixin DedupOptions dedup = new DedupOptions();

  @Option(
      names = "--commit-interval",
      defaultValue = EnrichConfig.DEFAULT_COMMIT_INTERVAL_TEXT,
      description =
          "How often the stream threads commit; under exactly-once each commit ends a transaction,"
              + " and an article reaches the sink once its transaction commits. Longer costs less"
              + " CPU per page and adds latency. Default: ${DEFAULT-VALUE}.")
  Duration commitInterval;

  public EnrichConfig config(Path workDir) {
    Path state = stateDir != null ? stateDir : workDir.resolve("streams");
    return new EnrichConfig(
        applicationId,
        state,
        streamThreads,
        pageLimits.maxPageBytes,
        pageLimits.minWords,
        pageLimits.maxTags,
        pageLimits.pageBudget,
        new SiteMemorySettings(siteMemoryMinPages, siteMemoryWindow, siteMemoryMaxLines),
        entityLanguages.stream()
            .map(l -> l.strip().toLowerCase(Locale.ROOT))
            .filter(l -> !l.isEmpty() && !l.equals("none"))
            .collect(Collectors.toSet()),
        dedup.settings(),
        commitInterval);
  }
}
