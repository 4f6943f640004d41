package io.newsflow.enrich.topology;

import io.newsflow.enrich.EnrichConfig.SiteMemorySettings;
import io.newsflow.enrich.page.EnrichResult;
import io.newsflow.enrich.page.PageEnricher;
import io.newsflow.enrich.page.Rejection;
import io.newsflow.enrich.text.SiteMemory;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.Topics;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import io.newsflow.schema.deadletter.DeadLetterOrigin;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.DeadLetters;
import io.newsflow.schema.deadletter.Stage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns each raw record into an Article (keyed by article id) or a DeadLetter (keyed as the input
 * was). The raw bytes are decoded here rather than by a serde, so an undecodable record becomes a
 * dead letter with its origin instead of stopping the stream, and no exception escapes. Each dead
 * letter forwarded is counted (a transaction that is retried counts its letters again).
 */
final class EnrichProcessor implements Processor<byte[], byte[], String, SpecificRecord> {
  private static final Logger LOG = LoggerFactory.getLogger(EnrichProcessor.class);
  /** Room for the record's key, headers and batch framing next to the value. */
  private static final int RECORD_OVERHEAD = 64 * 1024;

  private final PageEnricher enricher;
  private final int maxValueBytes;
  private final DeadLetters deadLetters;
  private final DeadLetterCounts counts;
  private final SiteMemorySettings memorySettings;
  private ProcessorContext<String, SpecificRecord> context;
  private SiteMemoryStore memory;

  /** @param maxMessageBytes what the output topics accept: a larger output would fail the task */
  EnrichProcessor(PageEnricher enricher, Clock clock, int maxMessageBytes, DeadLetterCounts counts) {
    this(enricher, clock, maxMessageBytes, counts, null);
  }

  /** @param memorySettings null: no site memory (the HTML path) */
  EnrichProcessor(
      PageEnricher enricher, Clock clock, int maxMessageBytes, DeadLetterCounts counts, SiteMemorySettings memorySettings) {
    this.enricher = enricher;
    this.maxValueBytes = maxMessageBytes - RECORD_OVERHEAD;
    this.deadLetters = new DeadLetters(Stage.ENRICH, clock, maxValueBytes);
    this.counts = counts;
    this.memorySettings = memorySettings;
  }

  @Override
  public void init(ProcessorContext<String, SpecificRecord> context) {
    this.context = context;
    if (memorySettings != null) {
      KeyValueStore<String, byte[]> store = context.getStateStore(SiteMemoryStore.NAME);
      memory = new SiteMemoryStore(store, memorySettings);
      long window = memorySettings.window().toMillis();
      Duration every = Duration.ofMillis(Math.max(1000, Math.min(window / 10, Duration.ofHours(1).toMillis())));
      context.schedule(every, PunctuationType.STREAM_TIME, now -> memory.evictOlderThan(now - window));
    }
  }

  @Override
  public void process(Record<byte[], byte[]> rawRecord) {
    DeadLetterOrigin origin = origin(rawRecord.headers());
    Record<byte[], byte[]> record = withOriginalKey(rawRecord);
    String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    RawPage page;
    try {
      page = Topics.RAW_PAGE_SERDE.decode(record.value() == null ? new byte[0] : record.value());
    } catch (SerializationException e) {
      deadLetter(record, origin, key, null, new Rejection(DeadLetterReason.NOT_DECODABLE, e.getMessage()));
      return;
    }
    EnrichResult result;
    try {
      SiteMemory site = memory == null
          ? SiteMemory.NONE
          : memory.forPage(SiteLabel.of(page), page.getFinalUrl(), record.timestamp());
      result = fitting(enricher.enrich(page, ref(page, origin), site));
    } catch (RuntimeException | StackOverflowError e) { // hostile input must not kill the thread
      LOG.warn("enriching {} failed", page.getFinalUrl(), e);
      result = EnrichResult.rejected(DeadLetterReason.INTERNAL_ERROR, e.toString());
    }
    if (result instanceof EnrichResult.Enriched enriched) {
      context.forward(record.withKey(enriched.article().getId()).withValue((SpecificRecord) enriched.article()));
    } else {
      deadLetter(record, origin, key, page.getFinalUrl(), ((EnrichResult.Rejected) result).rejection());
    }
  }

  /** An article the topic would refuse becomes a dead letter here, not a failed task later. */
  private EnrichResult fitting(EnrichResult result) {
    if (result instanceof EnrichResult.Enriched enriched) {
      int size = Topics.ARTICLE_SERDE.encode(enriched.article()).length;
      if (size > maxValueBytes) {
        return EnrichResult.rejected(
            DeadLetterReason.ARTICLE_TOO_LARGE, "the article takes " + size + " bytes, over the limit of " + maxValueBytes);
      }
    }
    return result;
  }

  private void deadLetter(Record<byte[], byte[]> record, DeadLetterOrigin origin, String key, String url, Rejection why) {
    DeadLetter letter =
        deadLetters.of(why.reason(), why.message(), url != null ? url : key, record.key(), record.value(), origin);
    context.forward(record.withKey(key).withValue((SpecificRecord) letter));
    counts.add(Stage.ENRICH, why.reason());
  }

  private static RawPageRef ref(RawPage page, DeadLetterOrigin origin) {
    return new RawPageRef(
        origin.topic() == null ? "" : origin.topic(),
        origin.partition() == null ? -1 : origin.partition(),
        origin.offset() == null ? -1L : origin.offset(),
        page.getRequestedUrl(),
        page.getFetchedAt());
  }

  /** After the repartition by site, the raw record's key comes back from its header. */
  private static Record<byte[], byte[]> withOriginalKey(Record<byte[], byte[]> record) {
    Header origin = record.headers().lastHeader(SiteKeyer.ORIGIN_TOPIC);
    if (origin == null) {
      return record;
    }
    Header key = record.headers().lastHeader(SiteKeyer.ORIGIN_KEY);
    return record.withKey(key == null ? null : key.value()).withHeaders(new RecordHeaders());
  }

  private DeadLetterOrigin origin(Headers headers) {
    Header topic = headers.lastHeader(SiteKeyer.ORIGIN_TOPIC);
    Header partition = headers.lastHeader(SiteKeyer.ORIGIN_PARTITION);
    Header offset = headers.lastHeader(SiteKeyer.ORIGIN_OFFSET);
    if (topic != null && partition != null && offset != null) {
      return new DeadLetterOrigin(new String(topic.value(), StandardCharsets.UTF_8),
          ByteBuffer.wrap(partition.value()).getInt(), ByteBuffer.wrap(offset.value()).getLong());
    }
    Optional<RecordMetadata> meta = context.recordMetadata();
    return meta.map(m -> new DeadLetterOrigin(m.topic(), m.partition(), m.offset())).orElse(DeadLetterOrigin.NONE);
  }
}
