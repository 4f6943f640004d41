package io.newsflow.monitor.window;

/** The three spans every figure of the monitor is given for. */
public enum Window {
  MINUTE(60_000),
  HOUR(3_600_000),
  SINCE_START(Long.MAX_VALUE);

  private final long millis;

  Window(long millis) {
    this.millis = millis;
  }

  public long millis() {
    return millis;
  }

  /**
   * The seconds this window covers at {@code now}, given what the monitor can see back to {@code
   * coverageStart}: a monitor that started 20 s ago has a 20 s minute. At least 1 ms.
   */
  public double seconds(long coverageStart, long now) {
    long seen = Math.max(1, now - coverageStart);
    return Math.min(seen, millis) / 1000.0;
  }
}
