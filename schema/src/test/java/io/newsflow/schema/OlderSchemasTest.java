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
    // the Article released with from_listing and entity_model, before the dedup fields
    assertEquals(
        "f7418bbb21a4ce6b",
        Long.toHexString(
            SchemaNormalization.parsingFingerprint64(OlderSchemas.ARTICLE_BEFORE_DEDUP)));
  }

  @Test
  void anArticleOfTheReleaseBeforeDedupDecodesAsAnOriginal() throws IOException {
    Article current =
        Article.newBuilder()
            .setId("a1")
            .setUrl("https://example.com/a")
            .setCanonicalUrl("https://example.com/a")
            .setText("Some text.")
            .setWordCount(2)
            .setRaw(new RawPageRef("news.raw-pages", 0, 1L, "https://example.com/a", Instant.EPOCH))
            .setExtractedAt(Instant.EPOCH)
            .build();
    // the older writer: the same field values, written with the older schema
    GenericData model = new GenericData();
    model.addLogicalTypeConversion(
        new org.apache.avro.data.TimeConversions.TimestampMillisConversion());
    GenericRecord old = new GenericData.Record(OlderSchemas.ARTICLE_BEFORE_DEDUP);
    for (org.apache.avro.Schema.Field f : OlderSchemas.ARTICLE_BEFORE_DEDUP.getFields()) {
      old.put(f.name(), current.get(f.name()));
    }
    old.put(
        "raw",
        new GenericData.Record(OlderSchemas.ARTICLE_BEFORE_DEDUP.getField("raw").schema()) {
          {
            RawPageRef ref = current.getRaw();
            for (org.apache.avro.Schema.Field f : getSchema().getFields()) {
              put(f.name(), ref.get(f.name()));
            }
          }
        });
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new BinaryMessageEncoder<GenericRecord>(model, OlderSchemas.ARTICLE_BEFORE_DEDUP)
        .encode(old, bytes);

    Article read = Topics.ARTICLE_SERDE.decode(bytes.toByteArray());

    assertEquals("a1", read.getId());
    assertNull(read.getDuplicateOf());
    assertNull(read.getStoryId());
    assertTrue(read.getStorySignals().isEmpty());
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
