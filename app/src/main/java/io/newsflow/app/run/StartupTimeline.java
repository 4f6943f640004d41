package io.newsflow.app.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the seconds before a run's first article go: one INFO line per start-up phase (shown with
 * {@code NEWSFLOW_LOG_LEVEL=INFO}), each with the wall time since the process was launched and the
 * process's CPU seconds by then. The CPU column says more than the wall clock on shared cores. Each
 * phase is logged once; with INFO off a mark costs nothing.
 */
public final class StartupTimeline {
  private static final Logger LOG = LoggerFactory.getLogger(StartupTimeline.class);

  /** Linux reports process CPU in clock ticks of 1/100 s (USER_HZ) on mainstream platforms. */
  private static final double SECONDS_PER_TICK = 0.01;

  private final Instant launched;
  private final boolean enabled;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  private StartupTimeline(Instant launched, boolean enabled) {
    this.launched = launched;
    this.enabled = enabled;
  }

  /**
   * Timed from the launch: the wrapper's start (system property {@value #LAUNCHED_PROPERTY}, epoch
   * seconds), else the JVM's; logs when the JVM itself was up as its first line.
   */
  public static StartupTimeline sinceLaunch() {
    Instant launched =
        launchedAt(System.getProperty(LAUNCHED_PROPERTY)).orElseGet(StartupTimeline::jvmStart);
    StartupTimeline timeline = new StartupTimeline(launched, true);
    if (LOG.isInfoEnabled()) {
      timeline.log("JVM started", jvmStart(), Double.NaN);
    }
    return timeline;
  }

  /** Logs nothing: for pipelines that tests or the bench build. */
  public static StartupTimeline off() {
    return new StartupTimeline(Instant.EPOCH, false);
  }

  /** Logs the end of {@code phase} the first time it is marked. */
  public void mark(String phase) {
    if (enabled && LOG.isInfoEnabled() && seen.add(phase)) {
      log(phase, Instant.now(), processCpuSeconds());
    }
  }

  private void log(String phase, Instant at, double cpuSeconds) {
    double wall = Duration.between(launched, at).toNanos() / 1e9;
    String cpu =
        Double.isNaN(cpuSeconds) ? "" : String.format(Locale.ROOT, ", CPU %.2f s", cpuSeconds);
    LOG.info(
        String.format(Locale.ROOT, "start-up: %-28s %6.2f s after launch%s", phase, wall, cpu));
  }

  /** Set by the wrapper script to its own start, as bash's EPOCHREALTIME writes it. */
  static final String LAUNCHED_PROPERTY = "newsflow.launched";

  /** "1733480000.123456" (or with a decimal comma, as some locales write it). */
  static Optional<Instant> launchedAt(String epochSeconds) {
    if (epochSeconds == null || epochSeconds.isBlank()) {
      return Optional.empty();
    }
    try {
      BigDecimal seconds = new BigDecimal(epochSeconds.strip().replace(',', '.'));
      long micros = seconds.movePointRight(6).longValue();
      return Optional.of(Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Instant jvmStart() {
    return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
  }

  /** utime + stime of /proc/self/stat; NaN where there is no such file. */
  static double processCpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
      // The command name (field 2) may hold spaces; the fields after its closing paren do not.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
      return ticks * SECONDS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
