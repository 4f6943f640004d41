package io.newsflow.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupTimelineTest {
  @Test
  void theWrappersLaunchTimeIsReadAsBashWritesIt() {
    Instant expected = Instant.ofEpochSecond(1_733_480_000L, 123_456_000L);
    assertEquals(Optional.of(expected), StartupTimeline.launchedAt("1733480000.123456"));
    assertEquals(Optional.of(expected), StartupTimeline.launchedAt("1733480000,123456"));
  }

  @Test
  void noOrAGarbledLaunchTimeFallsBackToTheJvmStart() {
    assertEquals(Optional.empty(), StartupTimeline.launchedAt(null));
    assertEquals(Optional.empty(), StartupTimeline.launchedAt(""));
    assertEquals(Optional.empty(), StartupTimeline.launchedAt("yesterday"));
  }

  @Test
  void processCpuGrowsWithWorkDone() {
    assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux only");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double before = StartupTimeline.processCpuSeconds();
    long until = threads.getCurrentThreadCpuTime() + 300_000_000L;
    long sink = 0;
    while (threads.getCurrentThreadCpuTime() < until) { // CPU time, not wall: the cores are shared
      sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
    }
    double after = StartupTimeline.processCpuSeconds();
    assertTrue(before > 0, "CPU so far " + before);
    // The process counts in 10 ms ticks; allow for the tick the spin started and ended in.
    assertTrue(after - before >= 0.27, "0.3 CPU s of spinning counted as " + (after - before));
    assertTrue(sink >= 0);
  }
}
