package io.newsflow.app.cli;

import io.newsflow.enrich.dedup.DedupSettings;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Copy detection and story grouping, for enrich (and run) and the offline dedup command. */
public final class DedupOptions {
  @Option(
      names = "--dedup-window",
      defaultValue = DedupSettings.DEFAULT_WINDOW_TEXT,
      description =
          "Articles are remembered this long (by record time) for copy detection and stories, then"
              + " evicted from the state; a copy arriving later is an original. Default: ${DEFAULT-VALUE}.")
  Duration window;

  @Option(
      names = "--dedup-threshold",
      defaultValue = DedupSettings.DEFAULT_THRESHOLD_TEXT,
      description =
          "Estimated similarity (the larger of Jaccard and containment of the shorter text in the"
              + " longer, over word 3-shingles) from which an article is a copy. Default: ${DEFAULT-VALUE}.")
  double threshold;

  @Option(
      names = "--story-window",
      defaultValue = DedupSettings.DEFAULT_STORY_WINDOW_TEXT,
      description =
          "Articles published further apart are never put in one story. Default: ${DEFAULT-VALUE}.")
  Duration storyWindow;

  public DedupSettings settings() {
    if (window.isNegative() || window.isZero()) {
      throw UserError.badValue(
          "--dedup-window", window, "not positive", "give a positive duration such as 7d");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw UserError.badValue(
          "--dedup-threshold",
          threshold,
          "out of range",
          "give a number above 0 and at most 1, such as 0.6");
    }
    if (storyWindow.isNegative()) {
      throw UserError.badValue(
          "--story-window", storyWindow, "negative", "give a duration such as 2d");
    }
    return new DedupSettings(window, threshold, storyWindow, true);
  }
}
