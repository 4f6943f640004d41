package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.enrich.dedup.DedupTopology;
import io.newsflow.monitor.MonitorConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The monitor names enrich's dedup group and topic as enrich does (it does not depend on it). */
class DedupNamesTest {
  @Test
  void theMonitorWatchesTheGroupAndTopicEnrichsDedupApplicationUses() {
    for (String app : new String[] {MonitorConfig.DEFAULT_ENRICH_APPLICATION_ID, "site-b-enrich"}) {
      MonitorConfig config =
          new MonitorConfig(
              "sink", app, Duration.ofSeconds(2), Duration.ofHours(1), false, 100, 10, 3);
      assertEquals(DedupTopology.applicationId(app), config.dedupGroup());
      assertEquals(DedupTopology.sequenceTopic(app), config.dedupSequenceTopic());
    }
  }
}
