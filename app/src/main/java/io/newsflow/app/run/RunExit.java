package io.newsflow.app.run;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes SIGTERM (or Ctrl-C) a clean end of a run: the shutdown hook asks the run to stop, waits
 * until it has closed the pipeline and printed its summary, then ends the JVM with the run's own
 * exit code rather than the signal's 143.
 */
public final class RunExit {
  private final RunWaiter waiter;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final AtomicInteger code = new AtomicInteger(1);

  public RunExit(RunWaiter waiter) {
    this.waiter = waiter;
  }

  public Thread hook() {
    return new Thread(this::onSignal, "newsflow-shutdown");
  }

  /** Called by the run once it has closed everything and printed its summary. */
  public void finished(int exitCode) {
    code.set(exitCode);
    finished.countDown();
  }

  private void onSignal() {
    waiter.requestStop();
    try {
      finished.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.out.flush();
    System.err.flush();
    Runtime.getRuntime().halt(code.get()); // the exit code of the run, not of the signal
  }
}
