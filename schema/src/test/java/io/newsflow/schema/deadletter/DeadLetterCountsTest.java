package io.newsflow.schema.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DeadLetterCountsTest {
  @Test
  void countsByStageAndReason() {
    DeadLetterCounts counts = new DeadLetterCounts();
    counts.add(Stage.INGEST, DeadLetterReason.EMPTY_BODY);
    counts.add(Stage.INGEST, DeadLetterReason.EMPTY_BODY);
    counts.add(Stage.ENRICH, DeadLetterReason.EMPTY_BODY);
    counts.add(Stage.INGEST, DeadLetterReason.BLOCKED_ADDRESS);

    assertEquals(2, counts.get(Stage.INGEST, DeadLetterReason.EMPTY_BODY));
    assertEquals(1, counts.get(Stage.ENRICH, DeadLetterReason.EMPTY_BODY));
    assertEquals(0, counts.get(Stage.SINK, DeadLetterReason.EMPTY_BODY));
    assertEquals(3, counts.total(Stage.INGEST));
    assertEquals(4, counts.total());
    assertEquals(
        Map.of(
            Stage.INGEST,
            Map.of(DeadLetterReason.EMPTY_BODY, 2L, DeadLetterReason.BLOCKED_ADDRESS, 1L),
            Stage.ENRICH,
            Map.of(DeadLetterReason.EMPTY_BODY, 1L)),
        counts.snapshot());
  }

  @Test
  void aSnapshotHoldsOnlyWhatWasCountedAndDoesNotChangeAfterwards() {
    DeadLetterCounts counts = new DeadLetterCounts();
    counts.add(Stage.ENRICH, DeadLetterReason.NOT_HTML);
    Map<DeadLetterReason, Long> before = counts.snapshot(Stage.ENRICH);
    counts.add(Stage.ENRICH, DeadLetterReason.NOT_HTML);

    assertEquals(Map.of(DeadLetterReason.NOT_HTML, 1L), before);
    assertEquals(Map.of(DeadLetterReason.NOT_HTML, 2L), counts.snapshot(Stage.ENRICH));
    assertEquals(Map.of(), counts.snapshot(Stage.SINK));
    assertThrows(
        UnsupportedOperationException.class, () -> before.put(DeadLetterReason.TOO_LARGE, 1L));
    assertThrows(UnsupportedOperationException.class, () -> counts.snapshot().clear());
  }

  @Test
  void byCodeListsTheCodesInOrder() {
    DeadLetterCounts counts = new DeadLetterCounts();
    counts.add(Stage.PUBLISH, DeadLetterReason.NO_CONTENT);
    counts.add(Stage.PUBLISH, DeadLetterReason.BAD_JSON);
    counts.add(Stage.PUBLISH, DeadLetterReason.BAD_JSON);
    assertEquals("{bad_json=2, no_content=1}", counts.byCode(Stage.PUBLISH).toString());
  }

  @Test
  void countsFromManyThreadsAtOnceAddUp() throws Exception {
    DeadLetterCounts counts = new DeadLetterCounts();
    int threads = 8;
    int each = 20_000;
    DeadLetterReason[] reasons = DeadLetterReason.values();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        work.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < each; i++) {
                    counts.add(Stage.ENRICH, reasons[i % 3]);
                    counts.add(Stage.SINK, DeadLetterReason.NOT_DECODABLE);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals((long) threads * each, counts.total(Stage.ENRICH));
    assertEquals((long) threads * each, counts.get(Stage.SINK, DeadLetterReason.NOT_DECODABLE));
    assertEquals(
        (long) threads * ((each + 2) / 3),
        counts.get(Stage.ENRICH, reasons[0]),
        "i % 3 == 0 for i < each");
  }
}
