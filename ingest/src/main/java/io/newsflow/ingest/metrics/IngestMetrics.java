package io.newsflow.ingest.metrics;

import io.newsflow.ingest.IngestStats;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.Stage;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.JmxReporter;
import org.apache.kafka.common.metrics.KafkaMetricsContext;
import org.apache.kafka.common.metrics.Measurable;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.utils.Time;

/**
 * The ingest counters as metrics, with Kafka's own metrics library (already on the class path) and
 * its JMX reporter: MBean {@code newsflow.ingest:type=ingest-metrics,instance=N}, attributes
 * pages-published, bytes-published, pages-skipped, urls-already-fetched, documents-not-modified,
 * fetches-queued, send-failures, and skipped-&lt;reason&gt; per skip reason seen so far.
 */
public final class IngestMetrics implements AutoCloseable {
  private static final String GROUP = "ingest-metrics";

  private static final java.util.concurrent.atomic.AtomicInteger INSTANCES =
      new java.util.concurrent.atomic.AtomicInteger();

  private final Metrics metrics;
  private final IngestStats stats;
  private final Map<String, String> tags;

  public IngestMetrics(IngestStats stats) {
    this.stats = stats;
    this.tags =
        Map.of(
            "instance",
            Integer.toString(INSTANCES.incrementAndGet())); // several services in one JVM
    this.metrics =
        new Metrics(
            new MetricConfig(),
            List.of(new JmxReporter()),
            Time.SYSTEM,
            new KafkaMetricsContext("newsflow.ingest"));
    gauge("pages-published", "RawPage records handed to Kafka", s -> s.published());
    gauge("bytes-published", "body bytes of the published pages", s -> s.bytes());
    gauge("pages-skipped", "pages and sources skipped, as dead letters", s -> s.skippedTotal());
    gauge(
        "urls-already-fetched",
        "URLs not fetched because they were fetched before",
        s -> s.alreadyFetchedCount());
    gauge(
        "documents-not-modified",
        "feeds and sitemaps that answered 304",
        s -> s.notModifiedCount());
    gauge("fetches-queued", "fetches waiting for their host or running", s -> s.queued());
    gauge("send-failures", "records Kafka did not accept", s -> s.sendFailures());
  }

  private void gauge(String name, String doc, ToDoubleFunction<IngestStats> value) {
    MetricName metric = metrics.metricName(name, GROUP, doc, tags);
    metrics.addMetric(metric, (Measurable) (config, now) -> value.applyAsDouble(stats));
  }

  /** Adds a gauge for each skip reason not yet registered (called as progress is reported). */
  public synchronized void registerReasons() {
    DeadLetterCounts counts = stats.deadLetterCounts();
    for (DeadLetterReason reason : counts.snapshot(Stage.INGEST).keySet()) {
      MetricName metric =
          metrics.metricName(
              "skipped-" + reason.code(), GROUP, "skipped with reason " + reason.code(), tags);
      if (metrics.metric(metric) == null) {
        metrics.addMetric(metric, (Measurable) (config, now) -> counts.get(Stage.INGEST, reason));
      }
    }
  }

  /** Current values by metric name, for tests and the console. */
  public Map<String, Object> values() {
    registerReasons();
    Map<String, Object> out = new java.util.TreeMap<>();
    metrics
        .metrics()
        .forEach(
            (name, m) -> {
              if (name.group().equals(GROUP)) {
                out.put(name.name(), m.metricValue());
              }
            });
    return out;
  }

  @Override
  public void close() {
    metrics.close();
  }
}
