package io.newsflow.enrich.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schema.deadletter.DeadLetters;
import io.newsflow.schema.deadletter.Stage;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/** The decoder's own duties beyond decoding, seen from its processor context. */
class PageDecoderTest {
  private static final byte[] NOT_A_RAW_PAGE = "not avro".getBytes(StandardCharsets.UTF_8);

  @Test
  void requestsACommitAfterTheTasksFirstRecordOnly() {
    MockProcessorContext<byte[], Decoded> context = new MockProcessorContext<>();
    context.setRecordMetadata("news.raw-pages", 0, 7);
    PageDecoder decoder =
        new PageDecoder(null, new DeadLetters(Stage.ENRICH, EnrichTopologyTest.CLOCK), false);
    decoder.init(context);

    decoder.process(new Record<>(new byte[] {1}, NOT_A_RAW_PAGE, 0L));
    assertTrue(context.committed(), "the first record's hop is committed at once");
    context.resetCommit();
    decoder.process(new Record<>(new byte[] {2}, NOT_A_RAW_PAGE, 0L));
    assertFalse(context.committed(), "later records wait for the commit interval");

    assertEquals(2, context.forwarded().size());
    assertInstanceOf(Decoded.Refused.class, context.forwarded().get(0).record().value());
  }
}
