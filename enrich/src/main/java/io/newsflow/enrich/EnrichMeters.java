package io.newsflow.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.enrich.page.StepObserver;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Enrich's own meters: pages extracted and their bytes, articles and their words, and the time of
 * extraction and of entity tagging as Prometheus histograms ({@code _bucket} series), so a
 * dashboard can show percentiles across instances.
 */
public final class EnrichMeters implements StepObserver {
  private final Counter pages;
  private final Counter bytes;
  private final Counter articles;
  private final DistributionSummary words;
  private final Timer extraction;
  private final Timer tagging;

  public EnrichMeters(MeterRegistry registry) {
    pages =
        Counter.builder("newsflow.enrich.pages")
            .description("pages that passed the checks and were extracted")
            .register(registry);
    bytes =
        Counter.builder("newsflow.enrich.body")
            .description("body bytes of the extracted pages")
            .baseUnit("bytes")
            .register(registry);
    articles =
        Counter.builder("newsflow.enrich.articles")
            .description("pages that became articles")
            .register(registry);
    words =
        DistributionSummary.builder("newsflow.enrich.article.words")
            .description("words of article text")
            .serviceLevelObjectives(20, 50, 100, 200, 500, 1000, 2000, 5000)
            .register(registry);
    extraction =
        stepTimer("newsflow.enrich.extraction", "parse and extraction of one page", registry);
    tagging = stepTimer("newsflow.enrich.tagging", "entity tagging of one article", registry);
  }

  private static Timer stepTimer(String name, String description, MeterRegistry registry) {
    return Timer.builder(name)
        .description(description)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(10)) // the default page budget
        .register(registry);
  }

  @Override
  public void extracted(int bodyBytes, long nanos) {
    pages.increment();
    bytes.increment(bodyBytes);
    extraction.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void tagged(long nanos) {
    tagging.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void article(int wordCount) {
    articles.increment();
    words.record(wordCount);
  }
}
