package io.newsflow.enrich.topology;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.html.HtmlPageParser;
import io.newsflow.enrich.page.PageEnricher;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The enrich topology over the given topics in a test driver, with its topics at hand. */
record EnrichHarness(
    TopologyTestDriver driver,
    TestInputTopic<byte[], byte[]> raw,
    TestOutputTopic<String, Article> articles,
    TestOutputTopic<String, DeadLetter> deadLetters)
    implements AutoCloseable {

  static EnrichHarness of(TopicSettings topics, Path stateDir, DeadLetterCounts counts) {
    PageEnricher enricher =
        new PageEnricher(
            EnrichConfig.defaults(stateDir),
            new HtmlPageParser(),
            ArticleExtractor.withDefaultRules(),
            EntityRecognizer.loadDefault(),
            EnrichTopologyTest.CLOCK);
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    TopologyTestDriver driver =
        new TopologyTestDriver(
            EnrichTopology.build(
                topics,
                enricher,
                EnrichTopologyTest.CLOCK,
                EnrichConfig.SiteMemorySettings.defaults(),
                counts),
            props);
    return new EnrichHarness(
        driver,
        driver.createInputTopic(
            topics.rawPages(), new ByteArraySerializer(), new ByteArraySerializer()),
        driver.createOutputTopic(
            topics.articles(), new StringDeserializer(), Topics.ARTICLE_SERDE.deserializer()),
        driver.createOutputTopic(
            topics.deadLetter(),
            new StringDeserializer(),
            Topics.DEAD_LETTER_SERDE.deserializer()));
  }

  @Override
  public void close() {
    driver.close();
  }
}
