package io.newsflow.schema.deadletter;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many dead letters were made, by stage and reason, for progress lines, summaries and metrics.
 * Thread-safe without locks: a counter for every pair exists from the start.
 */
public final class DeadLetterCounts {
  private final Map<Stage, Map<DeadLetterReason, LongAdder>> counters = new EnumMap<>(Stage.class);

  public DeadLetterCounts() {
    for (Stage stage : Stage.values()) {
      Map<DeadLetterReason, LongAdder> byReason = new EnumMap<>(DeadLetterReason.class);
      for (DeadLetterReason reason : DeadLetterReason.values()) {
        byReason.put(reason, new LongAdder());
      }
      counters.put(stage, byReason);
    }
  }

  public void add(Stage stage, DeadLetterReason reason) {
    counters.get(stage).get(reason).increment();
  }

  public long get(Stage stage, DeadLetterReason reason) {
    return counters.get(stage).get(reason).sum();
  }

  public long total(Stage stage) {
    return counters.get(stage).values().stream().mapToLong(LongAdder::sum).sum();
  }

  public long total() {
    return counters.keySet().stream().mapToLong(this::total).sum();
  }

  /** The reasons counted so far for one stage, in the enum's order; unmodifiable. */
  public Map<DeadLetterReason, Long> snapshot(Stage stage) {
    Map<DeadLetterReason, Long> out = new EnumMap<>(DeadLetterReason.class);
    counters
        .get(stage)
        .forEach(
            (reason, n) -> {
              long sum = n.sum();
              if (sum > 0) {
                out.put(reason, sum);
              }
            });
    return Collections.unmodifiableMap(out);
  }

  /** Every stage that counted something, with its reasons; unmodifiable. */
  public Map<Stage, Map<DeadLetterReason, Long>> snapshot() {
    Map<Stage, Map<DeadLetterReason, Long>> out = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      Map<DeadLetterReason, Long> counts = snapshot(stage);
      if (!counts.isEmpty()) {
        out.put(stage, counts);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * One stage's counts under the reason codes, sorted by code: as consoles and metric names show
   * them.
   */
  public SortedMap<String, Long> byCode(Stage stage) {
    SortedMap<String, Long> out = new TreeMap<>();
    snapshot(stage).forEach((reason, n) -> out.put(reason.code(), n));
    return Collections.unmodifiableSortedMap(out);
  }
}
