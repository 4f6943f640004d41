package io.newsflow.sink;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.newsflow.ops.DeadLetterMeters;
import io.newsflow.schema.deadletter.Stage;
import java.util.function.IntSupplier;

/** The sink's counters for Prometheus, read from {@link SinkStats} at scrape time. */
public final class SinkMeters implements MeterBinder {
  private final SinkStats stats;
  private final IntSupplier assignedPartitions;

  public SinkMeters(SinkStats stats, IntSupplier assignedPartitions) {
    this.stats = stats;
    this.assignedPartitions = assignedPartitions;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    FunctionCounter.builder("newsflow.sink.articles.written", stats, SinkStats::writtenCount)
        .description("articles appended to the output")
        .register(registry);
    FunctionCounter.builder("newsflow.sink.articles.duplicate", stats, SinkStats::duplicateCount)
        .description("articles skipped because their id is already in the output")
        .register(registry);
    Gauge.builder("newsflow.sink.partitions.assigned", assignedPartitions, IntSupplier::getAsInt)
        .description("partitions of the article topic this sink holds")
        .register(registry);
    DeadLetterMeters.bind(registry, stats.deadLetterCounts(), Stage.SINK);
  }
}
