package io.newsflow.enrich.topology;

import io.newsflow.schema.RawPage;
import io.newsflow.schema.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Re-keys a text page by its site, so all pages of one site meet the same site-memory store
 * after the repartition. The record's origin (topic, partition, offset) and original key travel in
 * headers, so a dead letter still points at the raw page.
 */
final class SiteKeyer implements Processor<byte[], byte[], byte[], byte[]> {
  static final String ORIGIN_TOPIC = "newsflow.origin.topic";
  static final String ORIGIN_PARTITION = "newsflow.origin.partition";
  static final String ORIGIN_OFFSET = "newsflow.origin.offset";
  static final String ORIGIN_KEY = "newsflow.origin.key";

  private ProcessorContext<byte[], byte[]> context;

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    String site;
    try {
      RawPage page = Topics.RAW_PAGE_SERDE.decode(record.value());
      site = SiteLabel.of(page);
    } catch (RuntimeException e) {
      site = ""; // the enrich step decodes again and makes the dead letter
    }
    Headers headers = new RecordHeaders();
    context.recordMetadata().ifPresent(m -> {
      headers.add(ORIGIN_TOPIC, m.topic().getBytes(StandardCharsets.UTF_8));
      headers.add(ORIGIN_PARTITION, ByteBuffer.allocate(4).putInt(m.partition()).array());
      headers.add(ORIGIN_OFFSET, ByteBuffer.allocate(8).putLong(m.offset()).array());
    });
    if (record.key() != null) {
      headers.add(ORIGIN_KEY, record.key());
    }
    context.forward(record.withKey(Serdes.String().serializer().serialize(null, site)).withHeaders(headers));
  }
}
