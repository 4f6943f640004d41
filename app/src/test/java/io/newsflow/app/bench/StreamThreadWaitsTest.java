package io.newsflow.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamThreadWaitsTest {
  @Test
  void readsTheRunQueueFieldOfSchedstat() {
    assertEquals(778_125L, StreamThreadWaits.runQueueNanos("3103751 778125 1\n"));
    assertEquals(0L, StreamThreadWaits.runQueueNanos(""));
  }

  @Test
  void tellsAStreamThreadFromItsProducersIoThread() {
    assertTrue(StreamThreadWaits.STREAM_THREAD.test("newsflow-enrich-0f21-StreamThread-2"));
    assertFalse(
        StreamThreadWaits.STREAM_THREAD.test(
            "kafka-producer-network-thread | newsflow-enrich-0f21-StreamThread-2-producer"));
  }

  @Test
  void countsWhatWasWaitedBetweenTwoSnapshots() {
    Map<String, Long> before = new LinkedHashMap<>(Map.of("poll", 100L, "commit", 5L));
    Map<String, Long> after = new LinkedHashMap<>(Map.of("poll", 350L, "commit", 5L, "flush", 7L));
    Map<String, Long> waited = StreamThreadWaits.between(before, after);
    assertEquals(250L, waited.get("poll"));
    assertEquals(0L, waited.get("commit"));
    assertEquals(7L, waited.get("flush"));
  }
}
