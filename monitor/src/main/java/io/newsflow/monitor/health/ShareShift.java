package io.newsflow.monitor.health;

import java.util.Optional;

/**
 * Whether a share (of dead letters, of short bodies, of articles without a title, ...) moved
 * sharply against the site's own history. The recent share is that of the last {@value #RECENT}
 * pages; the history is every page of the site before them. A shift is flagged when both hold:
 *
 * <ul>
 *   <li>the shares differ by at least {@value #MIN_DIFFERENCE} (a move that matters to a reader,
 *       whatever the counts), and
 *   <li>a two-proportion z-test puts the difference at {@value #MIN_Z} standard errors or more (a
 *       move that the recent pages of a site that was always noisy would not make by chance),
 * </ul>
 *
 * and only once the history holds {@value #MIN_HISTORY} pages. Counting pages rather than time
 * keeps a site that publishes twice a day and one that publishes every minute under one rule.
 */
public final class ShareShift {
  public static final int RECENT = 50;
  public static final int MIN_HISTORY = 50;
  public static final double MIN_DIFFERENCE = 0.3;
  public static final double MIN_Z = 3.5;

  private final boolean[] recent = new boolean[RECENT];
  private int recentCount;
  private int next;
  private long historyPages;
  private long historyHits;

  /** One page: whether it shows the trait (is a dead letter, has no title, ...). */
  public void add(boolean hit) {
    if (recentCount == RECENT) {
      historyPages++;
      historyHits += recent[next] ? 1 : 0; // the oldest recent page moves to the history
    } else {
      recentCount++;
    }
    recent[next] = hit;
    next = (next + 1) % RECENT;
  }

  /** The shift, when there is one by the rule above. */
  public Optional<Shift> shift() {
    if (recentCount < RECENT || historyPages < MIN_HISTORY) {
      return Optional.empty();
    }
    int hits = 0;
    for (boolean hit : recent) {
      hits += hit ? 1 : 0;
    }
    double pr = hits / (double) RECENT;
    double ph = historyHits / (double) historyPages;
    double pooled = (hits + historyHits) / (double) (RECENT + historyPages);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / RECENT + 1.0 / historyPages));
    if (se == 0 || Math.abs(pr - ph) < MIN_DIFFERENCE || Math.abs(pr - ph) / se < MIN_Z) {
      return Optional.empty();
    }
    return Optional.of(new Shift(pr, ph, RECENT, historyPages));
  }

  /** The recent share against the history's. */
  public record Shift(
      double recentShare, double historyShare, int recentPages, long historyPages) {}
}
