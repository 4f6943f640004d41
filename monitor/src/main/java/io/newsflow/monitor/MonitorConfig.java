package io.newsflow.monitor;

import java.time.Duration;

/**
 * Settings of the monitor, with the defaults the command line documents.
 *
 * @param sinkGroup the sink's consumer group, whose lag is shown
 * @param enrichApplicationId the enrich application id (its consumer group), whose lag is shown,
 *     with its dedup application's ({@link #dedupGroup})
 * @param refresh how often figures are recomputed and lag is sampled
 * @param history how much of the topics' recent past is read again at start to fill the windows
 * @param fromBeginning read the topics from their beginning instead (since start = the whole topic)
 * @param shortWords articles with fewer words count as very short bodies
 * @param top entities and sites listed in the top lists
 * @param examples latest dead letters kept per stage and reason
 */
public record MonitorConfig(
    String sinkGroup,
    String enrichApplicationId,
    Duration refresh,
    Duration history,
    boolean fromBeginning,
    int shortWords,
    int top,
    int examples) {
  public static final String DEFAULT_SINK_GROUP = "newsflow-sink";
  public static final String DEFAULT_ENRICH_APPLICATION_ID = "newsflow-enrich";
  public static final String DEFAULT_REFRESH_TEXT = "PT2S";
  public static final String DEFAULT_HISTORY_TEXT = "PT1H";
  public static final int DEFAULT_SHORT_WORDS = 100;
  public static final int DEFAULT_TOP = 10;
  public static final int DEFAULT_EXAMPLES = 3;

  public MonitorConfig {
    if (refresh.isNegative() || refresh.isZero()) {
      throw new IllegalArgumentException("refresh must be positive: " + refresh);
    }
    if (history.isNegative()) {
      throw new IllegalArgumentException("history must not be negative: " + history);
    }
  }

  /**
   * Enrich's dedup application, a consumer group of its own ({@code DedupTopology} in enrich names
   * it; the monitor does not depend on enrich, and a test in app checks that the names agree).
   */
  public String dedupGroup() {
    return enrichApplicationId + "-dedup";
  }

  /** The single-partition topic the dedup application reads. */
  public String dedupSequenceTopic() {
    return enrichApplicationId + "-dedup-sequence";
  }

  public static MonitorConfig defaults() {
    return new MonitorConfig(
        DEFAULT_SINK_GROUP,
        DEFAULT_ENRICH_APPLICATION_ID,
        Duration.parse(DEFAULT_REFRESH_TEXT),
        Duration.parse(DEFAULT_HISTORY_TEXT),
        false,
        DEFAULT_SHORT_WORDS,
        DEFAULT_TOP,
        DEFAULT_EXAMPLES);
  }
}
