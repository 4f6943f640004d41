package io.newsflow.app.run;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Decides when a run ends: every page is through, nothing new arrived for the idle time, the
 * timeout passed, a stop was requested (SIGTERM), or a stage failed.
 */
public final class RunWaiter {
  /** Why a run ended. */
  public enum End {
    DONE,
    IDLE,
    TIMED_OUT,
    STOPPED,
    FAILED
  }

  private static final long TICK_MILLIS = 100;

  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final Duration timeout;
  private final Duration untilIdle;

  /**
   * @param timeout the longest run, or null for none
   * @param untilIdle end once nothing new arrived for this long, or null to wait on
   */
  public RunWaiter(Duration timeout, Duration untilIdle) {
    this.timeout = timeout;
    this.untilIdle = untilIdle;
  }

  public void requestStop() {
    stopRequested.countDown();
  }

  /**
   * Waits for the end of the run.
   *
   * @param activity a count that grows whenever something new arrives (a page, a skip, an article)
   * @param busy true while fetches are queued or pages in flight: that is not idle, however slow a
   *     polite crawl is
   */
  public End await(RunTracker tracker, LongSupplier activity, BooleanSupplier busy)
      throws InterruptedException {
    long start = System.nanoTime();
    long lastActivity = activity.getAsLong();
    long lastChange = start;
    while (!stopRequested.await(TICK_MILLIS, TimeUnit.MILLISECONDS)) {
      long now = System.nanoTime();
      long seen = activity.getAsLong();
      if (seen != lastActivity || busy.getAsBoolean()) {
        lastActivity = seen;
        lastChange = now;
      }
      if (tracker.failure() != null) {
        return End.FAILED;
      }
      if (tracker.isComplete()) {
        return End.DONE;
      }
      if (timeout != null && now - start >= timeout.toNanos()) {
        return End.TIMED_OUT;
      }
      if (untilIdle != null && now - lastChange >= untilIdle.toNanos()) {
        return End.IDLE;
      }
    }
    return End.STOPPED;
  }
}
