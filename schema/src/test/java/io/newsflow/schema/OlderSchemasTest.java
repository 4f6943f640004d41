package io.newsflow.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;

/** Records written before the listing fields existed still decode, with the fields' defaults. */
class OlderSchemasTest {
  @Test
  void theOlderSchemasAreTheOnesEarlierVersionsWroteWith() {
    // fingerprints of RawPage and Article as released before the listing fields
    assertEquals(
        "5ce28fe9d4e31fb8",
        Long.toHexString(
            SchemaNormalization.parsingFingerprint64(OlderSchemas.RAW_PAGE_BEFORE_LISTING)));
    assertEquals(
        "b66ee1b0130471a6",
        Long.toHexString(
            SchemaNormalization.parsingFingerprint64(OlderSchemas.ARTICLE_BEFORE_LISTING)));
  }

  @Test
  void aRawPageOfTheOlderSchemaDecodesWithoutAListing() throws IOException {
    GenericRecord old = new GenericData.Record(OlderSchemas.RAW_PAGE_BEFORE_LISTING);
    old.put("requested_url", "https://example.com/a");
    old.put("final_url", "https://example.com/a");
    old.put("fetched_at", Instant.parse("2025-05-08T21:40:12Z").toEpochMilli());
    old.put("http_status", 200);
    old.put("headers", Map.of());
    old.put("body", ByteBuffer.wrap(new byte[] {'<', 'p', '>'}));
    old.put(
        "source_kind",
        new GenericData.EnumSymbol(
            OlderSchemas.RAW_PAGE_BEFORE_LISTING.getField("source_kind").schema(), "FEED"));
    old.put("source", "https://example.com/rss.xml");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new BinaryMessageEncoder<GenericRecord>(GenericData.get(), OlderSchemas.RAW_PAGE_BEFORE_LISTING)
        .encode(old, bytes);

    RawPage read = Topics.RAW_PAGE_SERDE.decode(bytes.toByteArray());

    assertEquals("https://example.com/a", read.getRequestedUrl());
    assertNull(read.getListing());
    assertTrue(RawPage.getClassSchema().getField("listing").hasDefaultValue());
  }
}
