package io.newsflow.enrich.dedup;

import java.time.Duration;

/**
 * Settings of copy detection and story grouping. Defaults are documented in the README.
 *
 * @param window articles older than this (by record time) are forgotten and evicted from the state:
 *     a copy arriving later is an original again
 * @param threshold a candidate is a copy when the estimated similarity (the larger of Jaccard
 *     similarity and containment of the shorter text in the longer) reaches this
 * @param storyWindow articles published further apart are never grouped into one story (a copy is
 *     in its original's story whatever the time)
 * @param enabled false: articles pass without dedup fields (no state, no internal topic)
 */
public record DedupSettings(
    Duration window, double threshold, Duration storyWindow, boolean enabled) {
  public static final String DEFAULT_WINDOW_TEXT = "P7D";
  public static final Duration DEFAULT_WINDOW = Duration.parse(DEFAULT_WINDOW_TEXT);
  public static final String DEFAULT_THRESHOLD_TEXT = "0.6";
  public static final double DEFAULT_THRESHOLD = Double.parseDouble(DEFAULT_THRESHOLD_TEXT);
  public static final String DEFAULT_STORY_WINDOW_TEXT = "P2D";
  public static final Duration DEFAULT_STORY_WINDOW = Duration.parse(DEFAULT_STORY_WINDOW_TEXT);

  public DedupSettings {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("dedup window must be positive, was " + window);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("dedup threshold must be in (0, 1], was " + threshold);
    }
    if (storyWindow.isNegative()) {
      throw new IllegalArgumentException("story window must not be negative, was " + storyWindow);
    }
  }

  public static DedupSettings defaults() {
    return new DedupSettings(DEFAULT_WINDOW, DEFAULT_THRESHOLD, DEFAULT_STORY_WINDOW, true);
  }

  public DedupSettings withEnabled(boolean on) {
    return new DedupSettings(window, threshold, storyWindow, on);
  }

  public DedupSettings withWindow(Duration w) {
    return new DedupSettings(w, threshold, storyWindow, enabled);
  }
}
