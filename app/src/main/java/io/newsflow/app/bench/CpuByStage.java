package io.newsflow.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * CPU time of this process by pipeline stage, from each thread's CPU time grouped by its name: the
 * stream threads (and their clients' I/O threads) are enrich, and so on; what no stage names is the
 * broker and the JVM. GC and JIT threads are not Java threads: the process total minus the stages
 * is their share and the broker's.
 */
final class CpuByStage {
  static final String[] STAGES = {"ingest", "enrich", "sink", "monitor"};

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  /** CPU nanoseconds so far: per thread id, and the process total under id -1. */
  Map<Long, Long> perThread() {
    Map<Long, Long> cpu = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null) {
        long t = threads.getThreadCpuTime(info.getThreadId());
        if (t >= 0) {
          cpu.put(info.getThreadId(), t);
        }
      }
    }
    cpu.put(-1L, processCpu());
    return cpu;
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

  /** CPU nanoseconds spent between two snapshots, by stage, plus "broker+jvm" and "total". */
  static Map<String, Long> between(
      Map<Long, Long> before, Map<Long, Long> after, Map<Long, String> names) {
    Map<String, Long> byStage = new LinkedHashMap<>();
    for (String stage : STAGES) {
      byStage.put(stage, 0L);
    }
    long staged = 0;
    for (Map.Entry<Long, Long> e : after.entrySet()) {
      if (e.getKey() < 0) {
        continue;
      }
      long spent = e.getValue() - before.getOrDefault(e.getKey(), 0L);
      String stage = stageOf(names.getOrDefault(e.getKey(), ""));
      if (stage != null) {
        byStage.merge(stage, spent, Long::sum);
        staged += spent;
      }
    }
    long total = after.get(-1L) - before.get(-1L);
    byStage.put("broker+jvm", Math.max(0, total - staged));
    byStage.put("total", total);
    return byStage;
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
    if (name.contains("newsflow-dead-letters") || name.contains("newsflow-bench-monitor")) {
      return "monitor";
    }
    return null;
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
