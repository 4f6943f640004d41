package io.newsflow.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * CPU time of this process by pipeline stage, from each thread's CPU time grouped by its name: the
 * stream threads (and their clients' I/O threads) are enrich, and so on; Java threads no stage
 * names are the embedded broker's. The JIT compilers and the garbage collector are not Java
 * threads: on Linux their CPU time is read from {@code /proc/self/task}, elsewhere it stays in
 * "jvm", the process total minus everything named.
 */
final class CpuByStage {
  static final String[] STAGES = {"ingest", "enrich", "sink", "monitor"};

  /** Linux reports thread CPU in clock ticks of 1/100 s (USER_HZ) on every mainstream platform. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private static final Path TASKS = Path.of("/proc/self/task");

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  /** Native thread id to "jit", "gc" or "" (neither). */
  private final Map<Long, String> groups = new HashMap<>();

  /**
   * CPU nanoseconds so far, per thread: Java threads by id; JIT compiler and GC threads by native
   * id (HotSpot starts and ends compiler threads as the work comes, so each is counted on its own).
   */
  record Snapshot(
      Map<Long, Long> javaThreads, Map<Long, Long> jit, Map<Long, Long> gc, long process) {}

  Snapshot snapshot() {
    Map<Long, Long> cpu = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null) {
        long t = threads.getThreadCpuTime(info.getThreadId());
        if (t >= 0) {
          cpu.put(info.getThreadId(), t);
        }
      }
    }
    Map<Long, Long> jit = new HashMap<>();
    Map<Long, Long> gc = new HashMap<>();
    readNativeThreads(jit, gc);
    return new Snapshot(cpu, jit, gc, processCpu());
  }

  /** Names of live threads by id; a thread's stage comes from its name. */
  Map<Long, String> names() {
    Map<Long, String> names = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null) {
        names.put(info.getThreadId(), info.getThreadName());
      }
    }
    return names;
  }

  /**
   * CPU nanoseconds spent between two snapshots: by stage, the broker, the JIT compilers, the
   * garbage collector, the rest of the JVM, and the total.
   */
  static Map<String, Long> between(Snapshot before, Snapshot after, Map<Long, String> names) {
    Map<String, Long> byStage = new LinkedHashMap<>();
    for (String stage : STAGES) {
      byStage.put(stage, 0L);
    }
    byStage.put("broker", 0L);
    long named = 0;
    for (Map.Entry<Long, Long> e : after.javaThreads().entrySet()) {
      long spent = e.getValue() - before.javaThreads().getOrDefault(e.getKey(), 0L);
      String stage = stageOf(names.getOrDefault(e.getKey(), ""));
      byStage.merge(stage == null ? "broker" : stage, spent, Long::sum);
      named += spent;
    }
    long jit = spent(before.jit(), after.jit());
    long gc = spent(before.gc(), after.gc());
    long total = after.process() - before.process();
    byStage.put("jit", jit);
    byStage.put("gc", gc);
    byStage.put("jvm", Math.max(0, total - named - jit - gc));
    byStage.put("total", total);
    return byStage;
  }

  /**
   * CPU nanoseconds spent between two snapshots by each Java thread whose name passes, keyed by
   * {@code key} of its name.
   */
  static Map<String, Long> byThread(
      Snapshot before,
      Snapshot after,
      Map<Long, String> names,
      Predicate<String> name,
      Function<String, String> key) {
    Map<String, Long> spent = new TreeMap<>();
    for (Map.Entry<Long, Long> e : after.javaThreads().entrySet()) {
      String thread = names.getOrDefault(e.getKey(), "");
      if (name.test(thread)) {
        long ns = e.getValue() - before.javaThreads().getOrDefault(e.getKey(), 0L);
        spent.merge(key.apply(thread), ns, Long::sum);
      }
    }
    return spent;
  }

  private static long spent(Map<Long, Long> before, Map<Long, Long> after) {
    long spent = 0;
    for (Map.Entry<Long, Long> e : after.entrySet()) {
      spent += Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L));
    }
    return spent;
  }

  static String stageOf(String thread) {
    String name = thread.toLowerCase(Locale.ROOT);
    if (name.contains("streamthread") || name.contains("newsflow-enrich")) {
      return "enrich";
    }
    if (name.contains("newsflow-sink")) {
      return "sink";
    }
    if (name.contains("newsflow-bench-publish")
        || name.contains("newsflow-ingest")
        || name.contains("newsflow-acknowledged")) {
      return "ingest";
    }
    if (name.contains("newsflow-dead-letters")
        || name.contains("newsflow-bench-monitor")
        || name.equals("main")) {
      return "monitor";
    }
    return null;
  }

  /**
   * The HotSpot thread a native thread name ({@code /proc/.../comm}, cut to 15 characters) belongs
   * to: "jit" for the compilers, "gc" for the collector's workers and the VM thread that runs its
   * pauses, null for anything else.
   */
  static String nativeGroupOf(String comm) {
    comm = comm.strip();
    if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
      return "jit";
    }
    if (comm.startsWith("GC Thread")
        || comm.startsWith("G1 ")
        || comm.startsWith("VM Thread")
        || comm.startsWith("GC ")) {
      return "gc";
    }
    return null;
  }

  /** JIT and GC CPU nanoseconds per native thread from /proc (nothing where there is none). */
  private void readNativeThreads(Map<Long, Long> jit, Map<Long, Long> gc) {
    if (!Files.isDirectory(TASKS)) {
      return;
    }
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        long tid = Long.parseLong(task.getFileName().toString());
        // A thread's group is read once: the snapshot is taken four times a second.
        String group =
            groups.computeIfAbsent(
                tid,
                t -> Objects.requireNonNullElse(nativeGroupOf(read(task.resolve("comm"))), ""));
        String stat = group.isEmpty() ? "" : read(task.resolve("stat"));
        if (!stat.isEmpty()) {
          (group.equals("jit") ? jit : gc).put(tid, ticks(stat));
        }
      }
    } catch (IOException e) {
      // No /proc to read: JIT and GC stay in "jvm".
    }
  }

  /** utime + stime of a /proc stat line, in nanoseconds; the name field may hold spaces. */
  static long ticks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // After the name: state is field 3 of stat, utime 14 and stime 15.
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** The process's CPU nanoseconds, read as a JMX attribute (0 where the JVM has none). */
  private static long processCpu() {
    try {
      Object value =
          ManagementFactory.getPlatformMBeanServer()
              .getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
      return value instanceof Long nanos ? nanos : 0;
    } catch (JMException e) {
      return 0;
    }
  }
}
