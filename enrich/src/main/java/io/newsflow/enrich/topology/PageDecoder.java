package io.newsflow.enrich.topology;

import io.newsflow.enrich.page.PageEnricher;
import io.newsflow.enrich.page.Rejection;
import io.newsflow.enrich.page.Resolution;
import io.newsflow.enrich.page.ResolvedPage;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.Topics;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.DeadLetters;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The topology's edge: decodes the RawPage of a raw record once and resolves it (checks on its
 * bytes, HTML or text), so every later step works on the typed value. The record's bytes are
 * decoded here rather than by a serde, so an undecodable record becomes a dead letter with its
 * origin instead of stopping the stream.
 */
final class PageDecoder implements Processor<byte[], byte[], byte[], Decoded> {
  private final PageEnricher enricher;
  private final DeadLetters letters;
  private final boolean repartitioned;
  private ProcessorContext<byte[], Decoded> context;
  private boolean firstCommitRequested;

  /**
   * @param repartitioned the records come from the by-site repartition topic, with their origin in
   *     headers; false for the raw topic, whose headers are the producer's and are not read
   */
  PageDecoder(PageEnricher enricher, DeadLetters letters, boolean repartitioned) {
    this.enricher = enricher;
    this.letters = letters;
    this.repartitioned = repartitioned;
  }

  @Override
  public void init(ProcessorContext<byte[], Decoded> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    if (!firstCommitRequested) {
      // Under exactly-once the next step reads this one's output once it is committed: the task's
      // first page is committed as soon as it is through rather than when the commit interval
      // (500 ms) is up, at each of the page's hops, so a start shows its first article sooner.
      context.commit();
      firstCommitRequested = true;
    }
    Origin origin = repartitioned ? Origin.carried(record, context) : Origin.read(record, context);
    byte[] value = record.value() == null ? new byte[0] : record.value();
    Record<byte[], byte[]> plain = record.withKey(origin.key()).withHeaders(new RecordHeaders());
    RawPage page;
    try {
      page = Topics.RAW_PAGE_SERDE.decode(value);
    } catch (SerializationException e) {
      refuse(
          plain,
          origin,
          record.value(),
          null,
          new Rejection(DeadLetterReason.NOT_DECODABLE, e.getMessage()));
      return;
    }
    Resolution resolution = enricher.resolve(page);
    if (resolution instanceof ResolvedPage resolved) {
      context.forward(plain.withValue(new Decoded.Page(resolved, origin, value)));
    } else {
      refuse(plain, origin, record.value(), page.getFinalUrl(), (Rejection) resolution);
    }
  }

  private void refuse(
      Record<byte[], byte[]> record, Origin origin, byte[] value, String url, Rejection why) {
    context.forward(
        record.withValue(
            new Decoded.Refused(
                letters.of(
                    why.reason(),
                    why.message(),
                    url != null ? url : origin.keyText(),
                    origin.key(),
                    value,
                    origin.forLetter()))));
  }
}
