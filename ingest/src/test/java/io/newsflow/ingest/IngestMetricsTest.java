package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.Stage;
import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class IngestMetricsTest {
  @Test
  void exposesTheCountersAsJmxMetrics() throws Exception {
    IngestStats stats = new IngestStats();
    try (IngestMetrics metrics = new IngestMetrics(stats)) {
      stats.pagePublished(1000);
      stats.pagePublished(500);
      stats.skipped(DeadLetterReason.ROBOTS_DISALLOWED);
      stats.alreadyFetched();
      metrics.registerReasons();

      assertEquals(2.0, metrics.values().get("pages-published"));
      assertEquals(1500.0, metrics.values().get("bytes-published"));
      assertEquals(
          1.0, metrics.values().get("skipped-robots_disallowed"), "the JMX name keeps the code");
      assertEquals(1.0, metrics.values().get("urls-already-fetched"));

      MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
      Set<ObjectName> names =
          jmx.queryNames(new ObjectName("newsflow.ingest:type=ingest-metrics,*"), null);
      ObjectName ours =
          names.stream()
              .filter(
                  n -> {
                    try {
                      return Double.valueOf(2.0).equals(jmx.getAttribute(n, "pages-published"));
                    } catch (Exception e) {
                      return false;
                    }
                  })
              .findFirst()
              .orElseThrow(() -> new AssertionError("no MBean among " + names));
      assertEquals(1500.0, jmx.getAttribute(ours, "bytes-published"));
      stats.skipped(DeadLetterReason.ROBOTS_DISALLOWED);
      assertEquals(2.0, jmx.getAttribute(ours, "skipped-robots_disallowed"));
      assertEquals(
          2, stats.deadLetterCounts().get(Stage.INGEST, DeadLetterReason.ROBOTS_DISALLOWED));
      assertEquals(java.util.Map.of("robots_disallowed", 2L), stats.skippedByReason());
    }
  }
}
