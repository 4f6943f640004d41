package io.newsflow.enrich.topology;

import io.newsflow.enrich.EnrichConfig.SiteMemorySettings;
import io.newsflow.enrich.page.EnrichResult;
import io.newsflow.enrich.page.PageEnricher;
import io.newsflow.enrich.page.Rejection;
import io.newsflow.enrich.text.SiteMemory;
import io.newsflow.schema.AvroSizeBound;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.Topics;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.DeadLetters;
import java.time.Duration;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Runs the page step on each resolved page: an Article keyed by its id, or a DeadLetter keyed as
 * the input was. With site-memory settings (the text path) the page's site memory comes from the
 * changelogged store; the HTML path has none.
 */
final class EnrichProcessor implements Processor<byte[], Decoded, String, SpecificRecord> {
  private final PageEnricher enricher;
  private final DeadLetters letters;
  private final int maxValueBytes;
  private final SiteMemorySettings memorySettings;
  private ProcessorContext<String, SpecificRecord> context;
  private SiteMemoryStore memory;

  /**
   * @param maxValueBytes what the output topics accept: a larger article would fail the task
   * @param memorySettings null: no site memory (the HTML path)
   */
  EnrichProcessor(
      PageEnricher enricher,
      DeadLetters letters,
      int maxValueBytes,
      SiteMemorySettings memorySettings) {
    this.enricher = enricher;
    this.letters = letters;
    this.maxValueBytes = maxValueBytes;
    this.memorySettings = memorySettings;
  }

  @Override
  public void init(ProcessorContext<String, SpecificRecord> context) {
    this.context = context;
    if (memorySettings != null) {
      KeyValueStore<String, byte[]> store = context.getStateStore(SiteMemoryStore.NAME);
      memory = new SiteMemoryStore(store, memorySettings);
      long window = memorySettings.window().toMillis();
      Duration every =
          Duration.ofMillis(Math.max(1000, Math.min(window / 10, Duration.ofHours(1).toMillis())));
      context.schedule(
          every, PunctuationType.STREAM_TIME, now -> memory.evictOlderThan(now - window));
    }
  }

  @Override
  public void process(Record<byte[], Decoded> record) {
    if (record.value() instanceof Decoded.Refused refused) { // refused after the repartition
      context.forward(record.withKey(Origin.text(record.key())).withValue(refused.letter()));
      return;
    }
    Decoded.Page input = (Decoded.Page) record.value();
    RawPage page = input.page().page();
    SiteMemory site =
        memory == null
            ? SiteMemory.NONE
            : memory.forPage(SiteLabel.of(page), page.getFinalUrl(), record.timestamp());
    EnrichResult result = fitting(enricher.enrich(input.page(), ref(page, input.origin()), site));
    Origin origin = input.origin();
    if (result instanceof EnrichResult.Enriched enriched) {
      context.forward(record.withKey(enriched.article().getId()).withValue(enriched.article()));
    } else {
      Rejection why = ((EnrichResult.Rejected) result).rejection();
      SpecificRecord letter =
          letters.of(
              why.reason(),
              why.message(),
              page.getFinalUrl(),
              origin.key(),
              input.value(),
              origin.forLetter());
      context.forward(record.withKey(origin.keyText()).withValue(letter));
    }
  }

  /**
   * An article the topic would refuse becomes a dead letter here, not a failed task later. Only an
   * article whose size bound is over the limit is encoded to measure it: the others would be
   * encoded twice, here and by the topic's serializer.
   */
  private EnrichResult fitting(EnrichResult result) {
    if (result instanceof EnrichResult.Enriched enriched
        && AvroSizeBound.of(enriched.article()) > maxValueBytes) {
      int size = Topics.ARTICLE_SERDE.encode(enriched.article()).length;
      if (size > maxValueBytes) {
        return EnrichResult.rejected(
            DeadLetterReason.ARTICLE_TOO_LARGE,
            "the article takes " + size + " bytes, over the limit of " + maxValueBytes);
      }
    }
    return result;
  }

  private static RawPageRef ref(RawPage page, Origin origin) {
    return new RawPageRef(
        origin.topic() == null ? "" : origin.topic(),
        origin.partition() == null ? -1 : origin.partition(),
        origin.offset() == null ? -1L : origin.offset(),
        page.getRequestedUrl(),
        page.getFetchedAt());
  }
}
