package io.newsflow.ingest.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.newsflow.ingest.IngestStats;
import io.newsflow.ops.DeadLetterMeters;
import io.newsflow.schema.deadletter.Stage;

/**
 * The ingest counters for Prometheus, read from {@link IngestStats} at scrape time so the fetch
 * path does no extra work: {@code newsflow_ingest_*} and the ingest dead letters by reason.
 */
public final class IngestMeters implements MeterBinder {
  private final IngestStats stats;

  public IngestMeters(IngestStats stats) {
    this.stats = stats;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    FunctionCounter.builder("newsflow.ingest.pages.published", stats, IngestStats::published)
        .description("RawPage records handed to Kafka")
        .register(registry);
    FunctionCounter.builder("newsflow.ingest.body", stats, IngestStats::bytes)
        .description("body bytes of the published pages")
        .baseUnit("bytes")
        .register(registry);
    FunctionCounter.builder(
            "newsflow.ingest.urls.already.fetched", stats, IngestStats::alreadyFetchedCount)
        .description("URLs not fetched because they were fetched before")
        .register(registry);
    FunctionCounter.builder(
            "newsflow.ingest.documents.not.modified", stats, IngestStats::notModifiedCount)
        .description("feeds and sitemaps that answered 304")
        .register(registry);
    FunctionCounter.builder("newsflow.ingest.send.failures", stats, IngestStats::sendFailures)
        .description("records Kafka did not accept after the producer's retries")
        .register(registry);
    Gauge.builder("newsflow.ingest.fetches.queued", stats, IngestStats::queued)
        .description("fetches waiting for their host or running")
        .register(registry);
    Gauge.builder("newsflow.ingest.pages.fetching", stats, IngestStats::pagesFetching)
        .description("pages claimed and not yet published or skipped")
        .register(registry);
    DeadLetterMeters.bind(registry, stats.deadLetterCounts(), Stage.INGEST);
  }
}
