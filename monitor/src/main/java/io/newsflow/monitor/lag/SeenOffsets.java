package io.newsflow.monitor.lag;

import java.util.Arrays;

/**
 * The offsets of the data records the monitor read from one partition. A transactional topic
 * (enrich writes articles in transactions) holds commit markers that take offsets too, so "end
 * offset minus committed offset" never reaches 0 for a group that read everything; counting the
 * data records past the committed offset does.
 */
final class SeenOffsets {
  private long[] offsets = new long[64];
  private int size;
  private long readFrom = -1;

  /** Where the monitor started reading this partition. */
  void startedAt(long offset) {
    readFrom = offset;
  }

  void add(long offset) {
    if (size == offsets.length) {
      offsets = Arrays.copyOf(offsets, size * 2);
    }
    offsets[size++] = offset;
  }

  /**
   * Data records at or past {@code committed}: those the monitor read, those before where it
   * started (counted by offset) and those after its position (likewise).
   */
  long lag(long committed, long position, long end) {
    long before = readFrom >= 0 && committed < readFrom ? readFrom - committed : 0;
    int from = firstAtOrAfter(committed);
    long unread = Math.max(0, end - Math.max(position, committed));
    return before + (size - from) + unread;
  }

  /** Drops offsets below {@code committed}: the group is past them for good. */
  void forgetBelow(long committed) {
    int from = firstAtOrAfter(committed);
    if (from > 0) {
      System.arraycopy(offsets, from, offsets, 0, size - from);
      size -= from;
    }
  }

  private int firstAtOrAfter(long offset) {
    int i = Arrays.binarySearch(offsets, 0, size, offset);
    return i >= 0 ? i : -i - 1;
  }
}
