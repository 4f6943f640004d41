package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TypeCountsTest {
  @Test
  void countsEachTypeUnderItsKey() {
    TypeCounts counts = new TypeCounts(3, 4);
    counts.add(7L, 1);
    counts.add(7L, 1);
    counts.add(7L, 3);
    counts.add(-7L, 2);
    counts.add(0L, 0); // zero is a key like any other
    int seven = counts.find(7L);
    assertEquals(0, counts.count(seven, 0));
    assertEquals(2, counts.count(seven, 1));
    assertEquals(1, counts.count(seven, 3));
    assertEquals(1, counts.count(counts.find(-7L), 2));
    assertEquals(0, counts.count(counts.find(-7L), 1));
    assertEquals(1, counts.count(counts.find(0L), 0));
  }

  @Test
  void aKeyNeverAddedCountsNothing() {
    TypeCounts counts = new TypeCounts(2, 3);
    counts.add(1L << 32 | 5, 2);
    assertEquals(-1, counts.find(5L));
    assertEquals(0, counts.count(counts.find(5L), 2));
    assertEquals(1, counts.count(counts.find(1L << 32 | 5), 2));
  }
}
