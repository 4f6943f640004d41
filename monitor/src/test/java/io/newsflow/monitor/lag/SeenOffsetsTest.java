package io.newsflow.monitor.lag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SeenOffsetsTest {
  @Test
  void commitMarkersDoNotCountAsLag() {
    SeenOffsets s = new SeenOffsets();
    s.startedAt(0);
    // two transactions of two records each: offsets 2 and 5 are commit markers
    for (long o : new long[] {0, 1, 3, 4}) {
      s.add(o);
    }
    assertEquals(4, s.lag(0, 6, 6), "nothing committed yet");
    assertEquals(2, s.lag(2, 6, 6), "first transaction done");
    assertEquals(0, s.lag(5, 6, 6), "the group committed before the last marker");
    assertEquals(0, s.lag(6, 6, 6));
  }

  @Test
  void recordsBeforeTheMonitorStartedAndNotYetReadCountByOffset() {
    SeenOffsets s = new SeenOffsets();
    s.startedAt(100);
    s.add(100);
    s.add(101);
    assertEquals(10 + 2 + 3, s.lag(90, 102, 105));
    s.forgetBelow(101);
    assertEquals(1 + 3, s.lag(101, 102, 105));
  }
}
