package io.newsflow.app.cli;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.monitor.MonitorConfig;
import io.newsflow.sink.SinkConfig;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Settings of the monitor. */
public final class MonitorOptions {
  @Option(
      names = "--sink-group-id",
      defaultValue = SinkConfig.DEFAULT_GROUP_ID,
      description = "The sink's consumer group, whose lag is shown. Default: ${DEFAULT-VALUE}.")
  String sinkGroup;

  @Option(
      names = "--enrich-application-id",
      defaultValue = EnrichConfig.DEFAULT_APPLICATION_ID,
      description = "The enrich application id, whose lag is shown. Default: ${DEFAULT-VALUE}.")
  String enrichApplicationId;

  @Option(
      names = "--refresh",
      defaultValue = MonitorConfig.DEFAULT_REFRESH_TEXT,
      paramLabel = "DURATION",
      description = "How often the figures are recomputed and shown. Default: ${DEFAULT-VALUE}.")
  Duration refresh;

  @Option(
      names = "--history",
      defaultValue = MonitorConfig.DEFAULT_HISTORY_TEXT,
      paramLabel = "DURATION",
      description =
          "How much of the topics' recent past is read at start to fill the windows. Default: ${DEFAULT-VALUE}.")
  Duration history;

  @Option(
      names = "--from-beginning",
      description = "Read the topics from their beginning instead of --history.")
  boolean fromBeginning;

  @Option(
      names = "--short-words",
      defaultValue = "" + MonitorConfig.DEFAULT_SHORT_WORDS,
      description =
          "Articles with fewer words count as very short bodies. Default: ${DEFAULT-VALUE}.")
  int shortWords;

  @Option(
      names = "--top",
      defaultValue = "" + MonitorConfig.DEFAULT_TOP,
      description = "Entities and sites in the top lists. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(
      names = "--examples",
      defaultValue = "" + MonitorConfig.DEFAULT_EXAMPLES,
      description = "Latest dead letters kept per stage and reason. Default: ${DEFAULT-VALUE}.")
  int examples;

  public MonitorConfig config() {
    if (refresh.isNegative() || refresh.isZero()) {
      throw UserError.badValue("--refresh", refresh.toString(), "not positive", "give e.g. 2s");
    }
    if (history.isNegative()) {
      throw UserError.badValue("--history", history.toString(), "negative", "give e.g. 1h or 0s");
    }
    for (int v : new int[] {shortWords, top, examples}) {
      if (v < 0) {
        throw UserError.badValue(
            "--short-words/--top/--examples", Integer.toString(v), "negative", "give 0 or more");
      }
    }
    return new MonitorConfig(
        sinkGroup, enrichApplicationId, refresh, history, fromBeginning, shortWords, top, examples);
  }
}
