package io.newsflow.monitor.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SlidingCountsTest {
  static final long T0 = 1_000_000_000_000L;

  @Test
  void countsLeaveTheMinuteAndTheHourButStaySinceStart() {
    SlidingCounts<String> c = new SlidingCounts<>(true);
    c.add("a", T0, 3, T0);
    c.add("b", T0 + 10_000, 1, T0 + 10_000);
    assertEquals(Map.of("a", 3L, "b", 1L), c.counts(Window.MINUTE, T0 + 10_000));
    assertEquals(Map.of("b", 1L), c.counts(Window.MINUTE, T0 + 65_000), "a left the minute");
    assertEquals(Map.of("a", 3L, "b", 1L), c.counts(Window.HOUR, T0 + 65_000));
    assertEquals(Map.of("b", 1L), c.counts(Window.HOUR, T0 + 3_603_000), "a left the hour");
    assertEquals(Map.of(), c.counts(Window.HOUR, T0 + 7_200_000));
    assertEquals(Map.of("a", 3L, "b", 1L), c.counts(Window.SINCE_START, T0 + 7_200_000));
  }

  @Test
  void oldRecordsReadAsHistoryCountOnlySinceStartAndFutureOnesAsNow() {
    SlidingCounts<String> c = new SlidingCounts<>(true);
    long now = T0 + 10_000_000;
    c.add("old", T0, 1, now);
    c.add("skewed", now + 60_000, 1, now);
    assertEquals(Map.of("skewed", 1L), c.counts(Window.MINUTE, now));
    assertEquals(Map.of("skewed", 1L), c.counts(Window.HOUR, now));
    assertEquals(Map.of("old", 1L, "skewed", 1L), c.counts(Window.SINCE_START, now));
  }

  @Test
  void withoutTotalsSinceStartIsEmpty() {
    SlidingCounts<String> c = new SlidingCounts<>(false);
    c.add("a", T0, 1, T0);
    assertEquals(Map.of(), c.counts(Window.SINCE_START, T0));
    assertEquals(1L, c.count("a", Window.HOUR, T0));
  }
}
