package io.newsflow.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class CpuByStageTest {
  @Test
  void readsUserAndSystemTicksAfterANameWithSpacesAndParentheses() {
    String stat =
        "4242 (C2 Compiler) (x)) S 1 1 1 0 -1 4194368 3 0 0 0 250 17 0 0 20 0 1 0 100 0 0";
    assertEquals((250 + 17) * 10_000_000L, CpuByStage.ticks(stat));
  }

  @Test
  void namesHotSpotsOwnThreads() {
    assertEquals("jit", CpuByStage.nativeGroupOf("C2 CompilerThre"));
    assertEquals("jit", CpuByStage.nativeGroupOf("C1 CompilerThre"));
    assertEquals("gc", CpuByStage.nativeGroupOf("GC Thread#0"));
    assertEquals("gc", CpuByStage.nativeGroupOf("G1 Conc#0"));
    assertEquals("gc", CpuByStage.nativeGroupOf("VM Thread"));
    assertNull(CpuByStage.nativeGroupOf("java"));
    assertNull(CpuByStage.nativeGroupOf("data-plane-kafk"));
  }

  @Test
  void chargesABusyThreadToTheStageItsNameSays() throws InterruptedException {
    CpuByStage cpu = new CpuByStage();
    CpuByStage.Snapshot before = cpu.snapshot();
    CountDownLatch spun = new CountDownLatch(1);
    Thread sink = new Thread(() -> spinThenWait(spun), "newsflow-sink");
    sink.setDaemon(true);
    sink.start();
    spun.await();
    Map<String, Long> spent = CpuByStage.between(before, cpu.snapshot(), cpu.names());
    assertTrue(spent.get("sink") >= 100_000_000L, () -> "sink " + spent);
  }

  @Test
  void seesTheCompilerThreadsOnLinux() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")));
    CpuByStage.Snapshot snapshot = new CpuByStage().snapshot();
    assertFalse(snapshot.jit().isEmpty(), "no C1/C2 compiler thread found in /proc/self/task");
    assertFalse(snapshot.gc().isEmpty(), "no GC thread found in /proc/self/task");
  }

  /** Spends 100 ms of this thread's CPU, says so, and stays alive so snapshots see it. */
  private static void spinThenWait(CountDownLatch spun) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long x = 0;
    while (threads.getCurrentThreadCpuTime() < 100_000_000L) {
      x += Long.numberOfTrailingZeros(x + System.nanoTime());
    }
    spun.countDown();
    try {
      Thread.sleep(60_000 + (x & 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
