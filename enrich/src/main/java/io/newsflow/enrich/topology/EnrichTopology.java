package io.newsflow.enrich.topology;

import io.newsflow.enrich.page.PageEnricher;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.TopicSettings;
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

/**
 * The enrich topology, the whole data flow of the stage in one place:
 *
 * <pre>
 *   news.raw-pages (bytes) -> enrich (parse, extract, tag) -+-> news.articles    (key: article id)
 *                                                           +-> news.dead-letter (key: input key)
 * </pre>
 */
public final class EnrichTopology {
  private EnrichTopology() {}

  public static Topology build(TopicSettings topics, PageEnricher enricher, Clock clock) {
    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, SpecificRecord> enriched =
        builder.stream(topics.rawPages(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw-pages"))
            .process(() -> new EnrichProcessor(enricher, clock, topics.maxMessageBytes()), Named.as("enrich"));
    enriched
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
