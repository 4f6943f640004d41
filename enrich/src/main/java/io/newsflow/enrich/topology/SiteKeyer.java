package io.newsflow.enrich.topology;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Re-keys a text page by its site, so all pages of one site meet the same site-memory store after
 * the repartition. The value goes on as the bytes that were read (not encoded again); the record's
 * origin and original key travel in headers, so a dead letter still points at the raw page.
 */
final class SiteKeyer implements Processor<byte[], Decoded, byte[], byte[]> {
  private ProcessorContext<byte[], byte[]> context;

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], Decoded> record) {
    Decoded.Page page = (Decoded.Page) record.value();
    byte[] site = SiteLabel.of(page.page().page()).getBytes(StandardCharsets.UTF_8);
    context.forward(
        record.withKey(site).withValue(page.value()).withHeaders(page.origin().toHeaders()));
  }
}
