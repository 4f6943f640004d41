package io.newsflow.ingest.pipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.Stage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipeStatsTest {
  @Test
  void rejectedLinesAreCountedAsDeadLettersOfStagePublishAndPrintedByCode() {
    PipeStats stats = new PipeStats();
    for (int i = 0; i < 4; i++) {
      stats.countLine();
    }
    stats.countRejected(DeadLetterReason.NO_CONTENT);
    stats.countRejected(DeadLetterReason.BAD_JSON);
    stats.countRejected(DeadLetterReason.BAD_JSON);
    stats.countPublished();

    assertEquals(Map.of("bad_json", 2L, "no_content", 1L), stats.rejectedByReason());
    assertEquals(3, stats.rejectedTotal());
    assertEquals(2, stats.deadLetterCounts().get(Stage.PUBLISH, DeadLetterReason.BAD_JSON));
    assertEquals(
        "4 lines: 1 pages published, 3 rejected {bad_json=2, no_content=1} (0 dead letters published), "
            + "0 blank, 0 send failures",
        stats.toString());
  }
}
