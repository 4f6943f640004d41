package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.schema.Article;
import io.newsflow.schema.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BiFunction;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * The dedup step on its sequence topic: the keys the page step carries in a header give the same
 * decided bytes as the article read whole, and a missing or damaged header is worked around.
 */
class DedupProcessorTest {
  private static final String WIRE =
      "The port authority said on Monday that the northern harbour will reopen to cargo ships"
          + " after three weeks of repairs to the storm wall, and that ferries will follow once"
          + " the inspectors have signed off the new moorings along the eastern quay.";
  private static final String OTHER =
      "Farmers in the valley have started the grape harvest two weeks early this year, after a"
          + " dry and hot summer that left the vines heavy with small, sweet fruit and the"
          + " cellars short of hands for the long days of picking ahead.";

  static List<Article> articles() {
    return List.of(
        DedupKeysTest.article("a1", WIRE, "2025-05-09T08:00:00Z"),
        DedupKeysTest.article("a2", OTHER, null),
        DedupKeysTest.article("a3", "Update: " + WIRE + " More to follow.", "2025-05-09"),
        DedupKeysTest.article("a1", WIRE, "2025-05-09T08:00:00Z"), // delivered again
        DedupKeysTest.article("a4", WIRE, null));
  }

  /** Each article's bytes with the hand-off's headers, changed by {@code damage}. */
  private static List<TestRecord<String, byte[]>> decided(
      BiFunction<Headers, byte[], Headers> damage) {
    StreamsBuilder builder = new StreamsBuilder();
    for (String store : List.of(DedupTopology.ARTICLES_STORE, DedupTopology.INDEX_STORE)) {
      builder.addStateStore(
          Stores.keyValueStoreBuilder(
                  Stores.inMemoryKeyValueStore(store), Serdes.Bytes(), Serdes.ByteArray())
              .withLoggingDisabled());
    }
    builder.stream("seq", Consumed.with(Serdes.String(), Serdes.ByteArray()))
        .process(
            () -> new DedupProcessor(DedupSettings.defaults()),
            DedupTopology.ARTICLES_STORE,
            DedupTopology.INDEX_STORE)
        .to("out", Produced.with(Serdes.String(), Serdes.ByteArray()));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-processor-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
      TestInputTopic<String, byte[]> in =
          driver.createInputTopic("seq", new StringSerializer(), new ByteArraySerializer());
      TestOutputTopic<String, byte[]> out =
          driver.createOutputTopic("out", new StringDeserializer(), new ByteArrayDeserializer());
      long t = DedupKeysTest.T.toEpochMilli();
      for (Article a : articles()) {
        byte[] bytes = Topics.ARTICLE_SERDE.encode(a);
        Headers headers = DedupKeys.handOff(new RecordHeaders(), a, bytes);
        in.pipeInput(new TestRecord<>(a.getId(), bytes, damage.apply(headers, bytes), t += 1000));
      }
      return out.readRecordsToList();
    }
  }

  @Test
  void carriedKeysDecideAsTheArticleReadWhole() {
    List<TestRecord<String, byte[]>> carried = decided((h, bytes) -> h);
    List<TestRecord<String, byte[]>> read = decided((h, bytes) -> new RecordHeaders());
    List<TestRecord<String, byte[]>> damaged =
        decided(
            (h, bytes) -> {
              byte[] v = h.lastHeader(DedupKeys.HEADER).value().clone();
              v[v.length / 2] ^= 1;
              return new RecordHeaders().add(DedupKeys.HEADER, v);
            });
    List<TestRecord<String, byte[]>> another =
        decided(
            (h, bytes) ->
                new RecordHeaders()
                    .add(
                        DedupKeys.HEADER,
                        DedupKeys.of(DedupKeysTest.article("x", OTHER, null), bytes.length - 1)
                            .encode()));
    assertEquals(5, carried.size());
    for (int i = 0; i < carried.size(); i++) {
      byte[] value = carried.get(i).value();
      assertArrayEquals(read.get(i).value(), value, "article " + i);
      assertArrayEquals(damaged.get(i).value(), value, "article " + i);
      assertArrayEquals(another.get(i).value(), value, "article " + i);
      assertNull(carried.get(i).headers().lastHeader(DedupKeys.HEADER), "the header is taken off");
    }
    List<Article> out = new ArrayList<>();
    carried.forEach(r -> out.add(Topics.ARTICLE_SERDE.decode(r.value())));
    assertNull(out.get(0).getDuplicateOf());
    assertNull(out.get(1).getDuplicateOf());
    assertEquals("a1", out.get(2).getDuplicateOf());
    assertNull(out.get(3).getDuplicateOf()); // a1 again: its own answer
    assertEquals("a1", out.get(4).getDuplicateOf());
    assertEquals(1.0, out.get(4).getSimilarity());
  }

  @Test
  void intactKeysAreWhatTheIndexReads() {
    // a2's header says it has a1's text: believed, since it is intact and sized for a2's bytes
    List<TestRecord<String, byte[]>> out =
        decided(
            (h, bytes) -> {
              Article a = Topics.ARTICLE_SERDE.decode(bytes);
              if (!a.getId().equals("a2")) {
                return h;
              }
              Article claimed = DedupKeysTest.article("a2", WIRE, null);
              return new RecordHeaders()
                  .add(DedupKeys.HEADER, DedupKeys.of(claimed, bytes.length).encode());
            });
    assertEquals("a1", Topics.ARTICLE_SERDE.decode(out.get(1).value()).getDuplicateOf());
  }
}
