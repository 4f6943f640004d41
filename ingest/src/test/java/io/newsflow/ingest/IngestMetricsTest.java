package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.ingest.metrics.IngestMetrics;
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
      stats.skipped("robots_disallowed");
      stats.alreadyFetched();
      metrics.registerReasons();

      assertEquals(2.0, metrics.values().get("pages-published"));
      assertEquals(1500.0, metrics.values().get("bytes-published"));
      assertEquals(1.0, metrics.values().get("skipped-robots_disallowed"));
      assertEquals(1.0, metrics.values().get("urls-already-fetched"));

      MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
      Set<ObjectName> names = jmx.queryNames(new ObjectName("newsflow.ingest:type=ingest-metrics,*"), null);
      ObjectName ours = names.stream().filter(n -> {
        try {
          return Double.valueOf(2.0).equals(jmx.getAttribute(n, "pages-published"));
        } catch (Exception e) {
          return false;
        }
      }).findFirst().orElseThrow(() -> new AssertionError("no MBean among " + names));
      assertEquals(1500.0, jmx.getAttribute(ours, "bytes-published"));
    }
  }
}
