package io.newsflow.monitor.window;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per key over the last minute, the last hour and since start, by event time. Time is cut
 * into 5 s slots; the hour's totals are kept up to date as slots arrive and expire, so adding is
 * O(1) and a snapshot of the hour costs one copy, whatever the rate. Not thread-safe: the monitor's
 * one polling thread owns it.
 */
public final class SlidingCounts<K> {
  public static final long SLOT_MS = 5_000;
  private static final long HOUR_SLOTS = Window.HOUR.millis() / SLOT_MS;
  private static final long MINUTE_SLOTS = Window.MINUTE.millis() / SLOT_MS;

  private final TreeMap<Long, Map<K, Long>> slots = new TreeMap<>();
  private final Map<K, Long> hour = new HashMap<>();
  private final Map<K, Long> total;

  /**
   * @param keepTotals whether to count since start too (off for keys without bound, such as entity
   *     names, that matter only for the hour)
   */
  public SlidingCounts(boolean keepTotals) {
    this.total = keepTotals ? new HashMap<>() : null;
  }

  /** Counts {@code n} for the key at event time {@code time}; a future time counts as now. */
  public void add(K key, long time, long n, long now) {
    if (total != null) {
      total.merge(key, n, Long::sum);
    }
    long slot = Math.min(time, now) / SLOT_MS;
    if (slot > oldestHourSlot(now)) {
      slots.computeIfAbsent(slot, s -> new HashMap<>()).merge(key, n, Long::sum);
      hour.merge(key, n, Long::sum);
    }
  }

  /** Forgets the slots that left the hour. */
  public void advance(long now) {
    long oldest = oldestHourSlot(now);
    Iterator<Map.Entry<Long, Map<K, Long>>> it = slots.headMap(oldest, true).entrySet().iterator();
    while (it.hasNext()) {
      it.next().getValue().forEach((k, n) -> subtract(hour, k, n));
      it.remove();
    }
  }

  /** The counts of the window; since start is empty without totals. */
  public Map<K, Long> counts(Window window, long now) {
    advance(now);
    return switch (window) {
      case HOUR -> new HashMap<>(hour);
      case SINCE_START -> total == null ? Map.of() : new HashMap<>(total);
      case MINUTE -> {
        Map<K, Long> minute = new HashMap<>();
        for (Map<K, Long> slot : slots.tailMap(now / SLOT_MS - MINUTE_SLOTS, false).values()) {
          slot.forEach((k, n) -> minute.merge(k, n, Long::sum));
        }
        yield minute;
      }
    };
  }

  /** One key's count, without copying the window's counts. */
  public long count(K key, Window window, long now) {
    advance(now);
    return switch (window) {
      case HOUR -> hour.getOrDefault(key, 0L);
      case SINCE_START -> total == null ? 0L : total.getOrDefault(key, 0L);
      case MINUTE -> {
        long n = 0;
        for (Map<K, Long> slot : slots.tailMap(now / SLOT_MS - MINUTE_SLOTS, false).values()) {
          n += slot.getOrDefault(key, 0L);
        }
        yield n;
      }
    };
  }

  private static long oldestHourSlot(long now) {
    return now / SLOT_MS - HOUR_SLOTS;
  }

  private static <K> void subtract(Map<K, Long> counts, K key, long n) {
    counts.computeIfPresent(key, (k, v) -> v - n == 0 ? null : v - n);
  }
}
