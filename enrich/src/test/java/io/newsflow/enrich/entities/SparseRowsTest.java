package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SparseRowsTest {
  @Test
  void findsEachStoredRowAndAnswersMinusOneForTheRest() {
    int[] ids = {0, 1, 63, 64, 65, 200, 1023};
    SparseRows.Builder builder = new SparseRows.Builder(10, 3, ids.length);
    for (int id : ids) {
      builder.add(id, new short[] {(short) id, (short) -id, 7}, 0);
    }
    SparseRows rows = builder.build();
    int found = 0;
    for (int id = 0; id < 1024; id++) {
      int start = rows.start(id);
      if (start < 0) {
        continue;
      }
      found++;
      assertEquals((short) id, rows.values()[start], "row " + id);
      assertEquals((short) -id, rows.values()[start + 1], "row " + id);
    }
    assertEquals(ids.length, found);
    assertEquals(ids.length, rows.rows());
    assertEquals(-1, rows.start(2));
    assertEquals(-1, rows.start(1022));
  }

  @Test
  void refusesRowsOutOfOrderOrRangeAndAMissingCount() {
    SparseRows.Builder builder = new SparseRows.Builder(4, 2, 2).add(5, new short[] {1, 1}, 0);
    assertThrows(IllegalArgumentException.class, () -> builder.add(5, new short[] {1, 1}, 0));
    assertThrows(IllegalArgumentException.class, () -> builder.add(16, new short[] {1, 1}, 0));
    assertThrows(IllegalArgumentException.class, builder::build);
  }
}
