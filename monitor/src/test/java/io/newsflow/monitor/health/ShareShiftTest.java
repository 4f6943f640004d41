package io.newsflow.monitor.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ShareShiftTest {
  @Test
  void aSiteWhosePagesSuddenlyLoseTheirTitleIsFlagged() {
    ShareShift s = new ShareShift();
    for (int i = 0; i < 100; i++) {
      s.add(i % 20 == 0); // 5% without title, its normal
    }
    assertFalse(s.shift().isPresent());
    for (int i = 0; i < ShareShift.RECENT; i++) {
      s.add(i % 4 != 0); // a redesign: 75% without title
    }
    ShareShift.Shift shift = s.shift().orElseThrow();
    assertEquals(0.74, shift.recentShare(), 0.01);
    assertEquals(0.05, shift.historyShare(), 1e-9);
  }

  @Test
  void aSiteThatRecoversIsFlaggedToo() {
    ShareShift s = new ShareShift();
    for (int i = 0; i < 100; i++) {
      s.add(true);
    }
    for (int i = 0; i < ShareShift.RECENT; i++) {
      s.add(false);
    }
    assertTrue(s.shift().isPresent());
  }

  @Test
  void aNoisySiteAtItsUsualShareIsNeverFlagged() {
    Random random = new Random(11);
    for (double share : new double[] {0.05, 0.3, 0.5}) {
      ShareShift s = new ShareShift();
      int flagged = 0;
      for (int i = 0; i < 20_000; i++) {
        s.add(random.nextDouble() < share);
        flagged += s.shift().isPresent() ? 1 : 0;
      }
      assertEquals(0, flagged, "20,000 pages at a steady share of " + share);
    }
  }

  @Test
  void aSmallMoveOrAShortHistoryIsNotFlagged() {
    ShareShift s = new ShareShift();
    for (int i = 0; i < 100; i++) {
      s.add(i % 10 == 0); // 10%
    }
    for (int i = 0; i < ShareShift.RECENT; i++) {
      s.add(i % 5 == 0); // 20%: a move, not a sharp one
    }
    assertFalse(s.shift().isPresent());
    ShareShift young = new ShareShift();
    for (int i = 0; i < ShareShift.RECENT + ShareShift.MIN_HISTORY - 1; i++) {
      young.add(i >= ShareShift.MIN_HISTORY - 1);
    }
    assertFalse(young.shift().isPresent(), "history too short to judge");
  }
}
