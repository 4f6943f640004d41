package io.newsflow.enrich.topology;

import io.newsflow.enrich.EnrichConfig.SiteMemorySettings;
import io.newsflow.enrich.page.PageEnricher;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import java.time.Clock;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The enrich topology, the whole data flow of the stage in one place:
 *
 * <pre>
 *   news.raw-pages (bytes) -+- HTML -> enrich (parse, extract, tag) ----------------------+-> news.articles    (key: article id)
 *                           +- text -> key by site -> [text-pages-by-site] -> enrich-text -+-> news.dead-letter (key: input key)
 *                                                                              (site-line-memory store, changelogged)
 * </pre>
 *
 * Text pages are repartitioned by site so that all pages of one site meet one instance of the
 * site memory, whichever partition their URL hashed to.
 */
public final class EnrichTopology {
  private EnrichTopology() {}

  /** The internal topic text pages pass through, keyed by site. */
  public static final String TEXT_BY_SITE = "text-pages-by-site";

  public static Topology build(TopicSettings topics, PageEnricher enricher, Clock clock) {
    return build(topics, enricher, clock, SiteMemorySettings.defaults());
  }

  public static Topology build(TopicSettings topics, PageEnricher enricher, Clock clock, SiteMemorySettings memory) {
    return build(topics, enricher, clock, memory, new DeadLetterCounts());
  }

  /** @param counts where the processors count the dead letters they forward */
  public static Topology build(
      TopicSettings topics, PageEnricher enricher, Clock clock, SiteMemorySettings memory, DeadLetterCounts counts) {
    StreamsBuilder builder = new StreamsBuilder();
    var byKind = builder.stream(topics.rawPages(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw-pages"))
        .split(Named.as("kind-"))
        .branch((key, value) -> TextPages.isTextPage(value), Branched.as("text"))
        .defaultBranch(Branched.as("html"));
    KStream<String, SpecificRecord> html = byKind.get("kind-html")
        .process(() -> new EnrichProcessor(enricher, clock, topics.maxMessageBytes(), counts), Named.as("enrich"));
    builder.addStateStore(SiteMemoryStore.builder());
    KStream<String, SpecificRecord> text = byKind.get("kind-text")
        .process(SiteKeyer::new, Named.as("key-by-site"))
        .repartition(Repartitioned.<byte[], byte[]>as(TEXT_BY_SITE).withKeySerde(Serdes.ByteArray()).withValueSerde(Serdes.ByteArray()))
        .process(() -> new EnrichProcessor(enricher, clock, topics.maxMessageBytes(), counts, memory), Named.as("enrich-text"),
            SiteMemoryStore.NAME);
    html.merge(text, Named.as("enriched"))
        .split(Named.as("route-"))
        .branch(
            (key, value) -> value instanceof Article,
            Branched.withConsumer(articles -> toArticles(articles, topics), "articles"))
        .defaultBranch(Branched.withConsumer(letters -> toDeadLetters(letters, topics), "dead-letters"));
    return builder.build();
  }

  private static void toArticles(KStream<String, SpecificRecord> stream, TopicSettings topics) {
    var topic = topics.articlesTopic();
    stream
        .mapValues(value -> (Article) value, Named.as("as-article"))
        .to(topic.name(), Produced.with(topic.keySerde(), topic.valueSerde()).withName("articles"));
  }

  private static void toDeadLetters(KStream<String, SpecificRecord> stream, TopicSettings topics) {
    var topic = topics.deadLetterTopic();
    stream
        .mapValues(value -> (DeadLetter) value, Named.as("as-dead-letter"))
        .to(topic.name(), Produced.with(topic.keySerde(), topic.valueSerde()).withName("dead-letters"));
  }
}
