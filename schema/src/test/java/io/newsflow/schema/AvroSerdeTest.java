package io.newsflow.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {
  private static final Instant T = Instant.parse("2025-05-09T10:00:00Z");

  static RawPage rawPage() {
    return RawPage.newBuilder()
        .setRequestedUrl("https://example.com/a")
        .setFinalUrl("https://example.com/a?x=1")
        .setFetchedAt(T)
        .setHttpStatus(200)
        .setContentType("text/html")
        .setCharset("utf-8")
        .setHeaders(Map.of("etag", "\"abc\""))
        .setBody(ByteBuffer.wrap("<p>héllo</p>".getBytes(StandardCharsets.UTF_8)))
        .setSourceKind(SourceKind.LIST)
        .setSource("urls.txt")
        .build();
  }

  @Test
  void shouldRoundTripARawPage() {
    RawPage page = rawPage();
    byte[] bytes = Topics.RAW_PAGE_SERDE.serializer().serialize("t", page);
    assertEquals(page, Topics.RAW_PAGE_SERDE.deserializer().deserialize("t", bytes));
  }

  @Test
  void aBufferReusedAcrossRecordsOfEverySizeGivesEachItsOwnExactBytes() {
    RawPage big = rawPage();
    big.setBody(ByteBuffer.wrap(new byte[3 << 20])); // past the reused buffer's kept size
    RawPage small = rawPage();

    byte[] first = Topics.RAW_PAGE_SERDE.encode(small);
    byte[] large = Topics.RAW_PAGE_SERDE.encode(big);
    byte[] again = Topics.RAW_PAGE_SERDE.encode(small);

    assertArrayEquals(first, again);
    assertEquals(small, Topics.RAW_PAGE_SERDE.decode(first));
    assertEquals(big, Topics.RAW_PAGE_SERDE.decode(large));
    assertEquals(3 << 20, Topics.RAW_PAGE_SERDE.decode(large).getBody().remaining());
  }

  @Test
  void shouldRoundTripAnArticleWithNestedRecords() {
    Article article =
        Article.newBuilder()
            .setId("id1")
            .setUrl("https://example.com/a")
            .setCanonicalUrl("https://example.com/a")
            .setText("Xi met Putin.")
            .setWordCount(3)
            .setEntities(
                List.of(
                    new Entity("PER", "Xi Jinping", List.of(new Mention("Xi", 0, 2)), 1, 0, 0.9)))
            .setImages(List.of(new Image("https://example.com/i.jpg", "A caption", "Reuters")))
            .setRemoved(List.of(new Removed("share", "Share This")))
            .setRaw(new RawPageRef("news.raw-pages", 0, 42L, "https://example.com/a", T))
            .setExtractedAt(T)
            .build();
    byte[] bytes = Topics.ARTICLE_SERDE.serializer().serialize("t", article);
    assertEquals(article, Topics.ARTICLE_SERDE.deserializer().deserialize("t", bytes));
  }

  @Test
  void shouldUseSingleObjectEncodingWithTheSchemaFingerprint() {
    byte[] bytes = Topics.RAW_PAGE_SERDE.encode(rawPage());
    assertEquals((byte) 0xC3, bytes[0]);
    assertEquals((byte) 0x01, bytes[1]);
    long fingerprint = SchemaNormalization.parsingFingerprint64(RawPage.getClassSchema());
    long written = ByteBuffer.wrap(bytes, 2, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
    assertEquals(fingerprint, written);
  }

  @Test
  void shouldMapNullToNullBothWays() {
    assertNull(Topics.ARTICLE_SERDE.serializer().serialize("t", null));
    assertNull(Topics.ARTICLE_SERDE.deserializer().deserialize("t", null));
  }

  @Test
  void shouldRejectGarbageBytesWithASerializationException() {
    byte[] garbage = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    assertThrows(SerializationException.class, () -> Topics.RAW_PAGE_SERDE.decode(garbage));
    assertThrows(SerializationException.class, () -> Topics.RAW_PAGE_SERDE.decode(new byte[0]));
  }

  @Test
  void shouldRejectARecordOfAnotherSchema() {
    byte[] article =
        Topics.DEAD_LETTER_SERDE.encode(
            DeadLetter.newBuilder()
                .setStage("s")
                .setReason("r")
                .setMessage("m")
                .setOccurredAt(T)
                .build());
    assertThrows(SerializationException.class, () -> Topics.RAW_PAGE_SERDE.decode(article));
  }

  @Test
  void shouldReadRecordsOfAnOlderWriterSchemaRegisteredInTheStore() {
    // An older RawPage without the 'site' field, as an earlier producer would have written it.
    Schema current = RawPage.getClassSchema();
    List<Schema.Field> fields =
        current.getFields().stream()
            .filter(f -> !f.name().equals("site"))
            .map(f -> new Schema.Field(f, f.schema()))
            .toList();
    Schema older =
        Schema.createRecord(current.getName(), null, current.getNamespace(), false, fields);
    assertEquals(RawPage.getClassSchema().getFields().size() - 1, older.getFields().size());
    org.apache.avro.generic.GenericRecord old =
        new org.apache.avro.generic.GenericData.Record(older);
    RawPage page = rawPage();
    for (Schema.Field f : older.getFields()) {
      Object v = page.get(f.name());
      old.put(
          f.name(),
          f.name().equals("source_kind")
              ? new org.apache.avro.generic.GenericData.EnumSymbol(f.schema(), v.toString())
              : f.name().equals("fetched_at") ? ((Instant) v).toEpochMilli() : v);
    }
    byte[] bytes =
        toBytes(
            new org.apache.avro.message.BinaryMessageEncoder<>(
                org.apache.avro.generic.GenericData.get(), older),
            old);
    org.apache.avro.message.SchemaStore.Cache store =
        new org.apache.avro.message.SchemaStore.Cache();
    store.addSchema(older);
    RawPage read = new AvroSerde<RawPage>(RawPage.getClassSchema(), store).decode(bytes);
    assertEquals(page.getRequestedUrl(), read.getRequestedUrl());
    assertNull(read.getSite());
    assertArrayEquals(page.getBody().array(), read.getBody().array());
  }

  private static byte[] toBytes(
      org.apache.avro.message.BinaryMessageEncoder<org.apache.avro.generic.GenericRecord> encoder,
      org.apache.avro.generic.GenericRecord record) {
    try {
      ByteBuffer b = encoder.encode(record);
      byte[] out = new byte[b.remaining()];
      b.get(out);
      return out;
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
