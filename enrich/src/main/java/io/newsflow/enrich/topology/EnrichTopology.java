package io.newsflow.enrich.topology;

import io.newsflow.enrich.EnrichConfig.SiteMemorySettings;
import io.newsflow.enrich.dedup.DedupTopology;
import io.newsflow.enrich.page.PageEnricher;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.DeadLetters;
import io.newsflow.schema.deadletter.Stage;
import java.time.Clock;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The enrich topology, the whole data flow of the stage's page step in one place:
 *
 * <pre>
 *   news.raw-pages (bytes) -> decode (RawPage once, resolved: HTML, text, or refused)
 *     +- refused --------------------------------------------------------------------------+
 *     +- html -> enrich (parse, extract, tag) ---------------------------------------------+-> articles -> {@code articlesTo}
 *     +- text -> key by site -> [text-pages-by-site] -> decode-text -> enrich-text --------+-> news.dead-letter (key: input key)
 *                                                                     (site-line-memory store, changelogged)
 *
 *   articlesTo: dedup on:  [&lt;application.id&gt;-dedup-sequence: ONE partition] -> dedup application -> news.articles
 *               dedup off: news.articles
 * </pre>
 *
 * Dedup ({@link DedupTopology}) marks syndicated copies and groups stories: the articles pass
 * through the single-partition topic {@code <application.id>-dedup-sequence}, whose order decides
 * which copy was first seen, to a Kafka Streams application of its own in the same process, with
 * the changelogged dedup stores and a stream thread of its own.
 *
 * <p>Text pages are repartitioned by site so that all pages of one site meet one instance of the
 * site memory, whichever partition their URL hashed to; having crossed Kafka, they are decoded once
 * more on the other side.
 */
public final class EnrichTopology {
  private EnrichTopology() {}

  /** The internal topic text pages pass through, keyed by site. */
  public static final String TEXT_BY_SITE = "text-pages-by-site";

  /** The changelogged store of the text path's per-site line memory. */
  public static final String SITE_MEMORY_STORE = SiteMemoryStore.NAME;

  /** Room for the record's key, headers and batch framing next to the value. */
  private static final int RECORD_OVERHEAD = 64 * 1024;

  public static Topology build(TopicSettings topics, PageEnricher enricher, Clock clock) {
    return build(topics, enricher, clock, SiteMemorySettings.defaults());
  }

  public static Topology build(
      TopicSettings topics, PageEnricher enricher, Clock clock, SiteMemorySettings memory) {
    return build(topics, enricher, clock, memory, new DeadLetterCounts());
  }

  /**
   * The topology with articles straight to the articles topic (no dedup step).
   *
   * @param counts every dead letter the stage writes is counted here, by reason
   */
  public static Topology build(
      TopicSettings topics,
      PageEnricher enricher,
      Clock clock,
      SiteMemorySettings memory,
      DeadLetterCounts counts) {
    return build(topics, enricher, clock, memory, topics.articles(), counts);
  }

  /**
   * @param articlesTo where the articles go, encoded: the articles topic, or the dedup step's
   *     sequence topic ({@link DedupTopology#sequenceTopic})
   */
  public static Topology build(
      TopicSettings topics,
      PageEnricher enricher,
      Clock clock,
      SiteMemorySettings memory,
      String articlesTo,
      DeadLetterCounts counts) {
    int maxValueBytes = topics.maxMessageBytes() - RECORD_OVERHEAD;
    DeadLetters letters = new DeadLetters(Stage.ENRICH, clock, maxValueBytes);
    StreamsBuilder builder = new StreamsBuilder();
    var byPath =
        builder.stream(
                topics.rawPages(),
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw-pages"))
            .process(() -> new PageDecoder(enricher, letters, false), Named.as("decode"))
            .split(Named.as("path-"))
            .branch((key, value) -> value instanceof Decoded.Refused, Branched.as("refused"))
            .branch((key, value) -> ((Decoded.Page) value).page().isText(), Branched.as("text"))
            .defaultBranch(Branched.as("html"));
    KStream<String, SpecificRecord> refused =
        byPath
            .get("path-refused")
            .map(
                (key, value) ->
                    KeyValue.pair(
                        Origin.text(key), (SpecificRecord) ((Decoded.Refused) value).letter()),
                Named.as("as-letter"));
    KStream<String, SpecificRecord> html =
        byPath
            .get("path-html")
            .process(
                () -> new EnrichProcessor(enricher, letters, maxValueBytes, null),
                Named.as("enrich"));
    builder.addStateStore(SiteMemoryStore.builder());
    KStream<String, SpecificRecord> text =
        byPath
            .get("path-text")
            .process(SiteKeyer::new, Named.as("key-by-site"))
            .repartition(
                Repartitioned.<byte[], byte[]>as(TEXT_BY_SITE)
                    .withKeySerde(Serdes.ByteArray())
                    .withValueSerde(Serdes.ByteArray()))
            .process(() -> new PageDecoder(enricher, letters, true), Named.as("decode-text"))
            .process(
                () -> new EnrichProcessor(enricher, letters, maxValueBytes, memory),
                Named.as("enrich-text"),
                SiteMemoryStore.NAME);
    refused
        .merge(html, Named.as("enriched"))
        .merge(text, Named.as("enriched-text"))
        .split(Named.as("route-"))
        .branch(
            (key, value) -> value instanceof Article,
            Branched.withConsumer(articles -> toArticles(articles, topics, articlesTo), "articles"))
        .defaultBranch(
            Branched.withConsumer(
                deadLetters -> toDeadLetters(deadLetters, topics, counts), "dead-letters"));
    return builder.build();
  }

  private static void toArticles(
      KStream<String, SpecificRecord> stream, TopicSettings topics, String articlesTo) {
    KStream<String, Article> articles =
        stream.mapValues(value -> (Article) value, Named.as("as-article"));
    // Only the dedup step reads (and takes off) the hand-off's header: straight to the articles
    // topic, they go as plain encoded articles.
    KStream<String, byte[]> encoded =
        articlesTo.equals(topics.articlesTopic().name())
            ? articles.mapValues(Topics.ARTICLE_SERDE::encode, Named.as("encode-article"))
            : DedupTopology.handOff(articles);
    encoded.to(
        articlesTo,
        Produced.with(topics.articlesTopic().keySerde(), Serdes.ByteArray()).withName("articles"));
  }

  private static void toDeadLetters(
      KStream<String, SpecificRecord> stream, TopicSettings topics, DeadLetterCounts counts) {
    var topic = topics.deadLetterTopic();
    stream
        .mapValues(value -> (DeadLetter) value, Named.as("as-dead-letter"))
        .peek(
            (key, letter) ->
                DeadLetterReason.ofCode(letter.getReason())
                    .ifPresent(reason -> counts.add(Stage.ENRICH, reason)),
            Named.as("count"))
        .to(
            topic.name(),
            Produced.with(topic.keySerde(), topic.valueSerde()).withName("dead-letters"));
  }
}
