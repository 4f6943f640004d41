package io.newsflow.ingest.polite;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Runs tasks so that each host has at most one in flight and a pause between them, and at most
 * {@code concurrency} run at once overall. Each host has its own queue; a host whose pause has not
 * passed holds no thread (a timer hands its next task to the workers when it may start), so a slow
 * host never blocks the others. Thread-safe.
 */
public final class HostScheduler implements AutoCloseable {
  private final ExecutorService workers;
  private final ScheduledExecutorService timer;
  private final ToLongFunction<String> pauseMillis;
  private final Map<String, Host> hosts = new HashMap<>(); // guarded by this
  private final Set<CompletableFuture<?>> open = ConcurrentHashMap.newKeySet();

  private static final class Host {
    final Queue<Runnable> queue = new ArrayDeque<>();
    boolean busy;
    long notBefore; // System.nanoTime() based
  }

  /**
   * @param pauseMillis the pause after a request to the given host, asked after each request
   */
  public HostScheduler(int concurrency, ToLongFunction<String> pauseMillis) {
    this.workers = Executors.newFixedThreadPool(concurrency, daemon("newsflow-fetch"));
    this.timer = Executors.newSingleThreadScheduledExecutor(daemon("newsflow-host-timer"));
    this.pauseMillis = pauseMillis;
  }

  public <T> CompletableFuture<T> submit(String host, Supplier<T> task) {
    CompletableFuture<T> result = new CompletableFuture<>();
    open.add(result);
    result.whenComplete((r, e) -> open.remove(result));
    if (workers.isShutdown()) {
      result.cancel(false);
      return result;
    }
    Runnable run =
        () -> {
          try {
            result.complete(task.get());
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
          } finally {
            finished(host);
          }
        };
    synchronized (this) {
      hosts.computeIfAbsent(host, h -> new Host()).queue.add(run);
      dispatch(host);
    }
    return result;
  }

  /** The host asked for a break (Retry-After): nothing starts there before it is over. */
  public synchronized void pause(String host, Duration pause) {
    Host h = hosts.computeIfAbsent(host, k -> new Host());
    h.notBefore = Math.max(h.notBefore, System.nanoTime() + pause.toNanos());
  }

  /** Tasks waiting or running, over all hosts. */
  public synchronized int pending() {
    int n = 0;
    for (Host h : hosts.values()) {
      n += h.queue.size() + (h.busy ? 1 : 0);
    }
    return n;
  }

  private void finished(String host) {
    long pause = pauseMillis.applyAsLong(host);
    synchronized (this) {
      Host h = hosts.get(host);
      h.busy = false;
      h.notBefore = Math.max(h.notBefore, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause));
      if (h.queue.isEmpty() && h.notBefore <= System.nanoTime()) {
        hosts.remove(host); // forget idle hosts, the map stays small
      } else {
        dispatch(host);
      }
    }
  }

  /** Starts the host's next task now or when its pause ends; caller holds the lock. */
  private void dispatch(String host) {
    Host h = hosts.get(host);
    if (h.busy || h.queue.isEmpty() || workers.isShutdown()) {
      return;
    }
    h.busy = true;
    Runnable next = h.queue.poll();
    long wait = h.notBefore - System.nanoTime();
    if (wait <= 0) {
      workers.execute(next);
    } else {
      timer.schedule(() -> workers.execute(next), wait, TimeUnit.NANOSECONDS);
    }
  }

  /** Stops taking tasks; waits up to the bound for running ones, then interrupts them. */
  public void shutdown(Duration bound) {
    timer.shutdownNow();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
    open.forEach(
        f -> f.cancel(false)); // tasks that never started: their callers are not left waiting
  }

  @Override
  public void close() {
    shutdown(Duration.ZERO);
  }

  static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread t = new Thread(runnable, name);
      t.setDaemon(true);
      return t;
    };
  }
}
