package io.newsflow.app.run;

import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.source.SourceList;
import io.newsflow.ingest.source.SourceSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** How long a run may last: a run that ends by itself has a default bound, a polling one none. */
public final class RunLimits {
  public static final String DEFAULT_ONE_OFF_TIMEOUT_TEXT = "PT10M";
  public static final Duration DEFAULT_ONE_OFF_TIMEOUT =
      Duration.parse(DEFAULT_ONE_OFF_TIMEOUT_TEXT);

  private RunLimits() {}

  /** The given timeout, else the one-off default, else none (null) for a polling run. */
  public static Duration timeout(Duration given, boolean polled) {
    return given != null ? given : polled ? null : DEFAULT_ONE_OFF_TIMEOUT;
  }

  /** True when some source is read again and again, or the sources come from other instances. */
  public static boolean polls(IngestConfig config) {
    List<SourceSpec> all = new ArrayList<>(config.sources());
    if (config.sourcesFile() != null) {
      try {
        all.addAll(SourceList.read(config.sourcesFile(), config.pollInterval()));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // checked at start: not reached
      }
    }
    return config.shared() || all.stream().anyMatch(SourceSpec::repeats);
  }
}
