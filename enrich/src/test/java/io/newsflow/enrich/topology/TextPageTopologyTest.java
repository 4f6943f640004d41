package io.newsflow.enrich.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichConfig.SiteMemorySettings;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.html.HtmlPageParser;
import io.newsflow.enrich.page.PageEnricher;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.Stage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text pages through the real topology: the text path, its dead letters, and the site memory. */
class TextPageTopologyTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-09T12:00:00Z"), ZoneOffset.UTC);

  /** A chrome line in no lexicon, printed between the paragraphs of every page of one site. */
  static final String CHROME =
      "Zorblax Gazette: the morning quizzes of Lower Vantry, now with fresh grumbles";

  static final int MIN_PAGES = 4;

  static PageEnricher enricher;
  @TempDir Path stateDir;
  TopologyTestDriver driver;
  TestInputTopic<byte[], byte[]> raw;
  TestOutputTopic<String, Article> articles;
  TestOutputTopic<String, DeadLetter> deadLetters;
  final DeadLetterCounts counts = new DeadLetterCounts();

  @BeforeAll
  static void load() {
    enricher =
        new PageEnricher(
            EnrichConfig.defaults(Path.of("unused")),
            new HtmlPageParser(),
            ArticleExtractor.withDefaultRules(),
            EntityRecognizer.loadDefault(),
            CLOCK);
  }

  void start() {
    TopicSettings topics = TopicSettings.defaults();
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "text-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    SiteMemorySettings memory = new SiteMemorySettings(MIN_PAGES, Duration.ofDays(30), 500);
    driver =
        new TopologyTestDriver(
            EnrichTopology.build(topics, enricher, CLOCK, memory, counts), props);
    raw =
        driver.createInputTopic(
            topics.rawPages(), new ByteArraySerializer(), new ByteArraySerializer());
    articles =
        driver.createOutputTopic(
            topics.articles(), new StringDeserializer(), Topics.ARTICLE_SERDE.deserializer());
    deadLetters =
        driver.createOutputTopic(
            topics.deadLetter(), new StringDeserializer(), Topics.DEAD_LETTER_SERDE.deserializer());
  }

  @AfterEach
  void tearDown() {
    if (driver != null) {
      driver.close();
    }
  }

  static RawPage textPage(String url, String site, String text) {
    return RawPage.newBuilder()
        .setRequestedUrl(url)
        .setFinalUrl(url)
        .setFetchedAt(CLOCK.instant())
        .setHttpStatus(200)
        .setContentType("text/plain")
        .setHeaders(Map.of())
        .setBody(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)))
        .setSourceKind(SourceKind.PIPE)
        .setSite(site)
        .build();
  }

  void send(RawPage page) {
    raw.pipeInput(
        page.getRequestedUrl().getBytes(StandardCharsets.UTF_8),
        Topics.RAW_PAGE_SERDE.encode(page));
  }

  /** A page of unique paragraphs with the site's chrome line in the middle of them. */
  static String pageText(int n) {
    String[] topics = {
      "harbour",
      "orchard",
      "railway",
      "library",
      "market",
      "bridge",
      "festival",
      "council",
      "school",
      "museum"
    };
    String topic = topics[n % topics.length];
    return "Story number "
        + n
        + " about the "
        + topic
        + "\n\n"
        + "The "
        + topic
        + " committee met on day "
        + n
        + " to discuss the plans for the coming season, and members agreed that the work should start soon.\n\n"
        + CHROME
        + "\n\n"
        + "Residents said the "
        + topic
        + " had waited "
        + (n + 3)
        + " years for this decision, and several of them spoke at length during the meeting.\n\n"
        + "The next session of the "
        + topic
        + " committee is planned for the week after the holidays, according to the chair, who thanked everyone.\n";
  }

  @Test
  void aTextPageBecomesAnArticleAndItsDeadLettersPointAtTheRawRecord() {
    start();
    send(textPage("https://a.example/1", null, pageText(1)));
    send(textPage("https://a.example/short", null, "Too short to be an article.\n"));
    Article a = articles.readValue();
    assertTrue(a.getText().startsWith("The orchard committee"), a.getText());
    assertEquals("Story number 1 about the orchard", a.getTitle());
    assertEquals("a.example", a.getSiteName());
    DeadLetter letter = deadLetters.readValue();
    assertEquals("empty_after_extraction", letter.getReason());
    assertEquals(
        "news.raw-pages", letter.getTopic(), "the origin survives the repartition by site");
    assertEquals(1L, letter.getOffset());
    assertEquals(
        ByteBuffer.wrap("https://a.example/short".getBytes(StandardCharsets.UTF_8)),
        letter.getKey());
    assertEquals(
        Map.of(Stage.ENRICH, Map.of(DeadLetterReason.EMPTY_AFTER_EXTRACTION, 1L)),
        counts.snapshot(),
        "the text path counts its dead letters too");
  }

  @Test
  void aLineThatRecursOnManyPagesOfOneSiteIsDroppedOnceLearned() {
    start();
    for (int n = 0; n < MIN_PAGES; n++) {
      send(textPage("https://news.example/story-" + n, null, pageText(n)));
    }
    List<Article> first = articles.readValuesToList();
    assertEquals(MIN_PAGES, first.size());
    assertTrue(first.get(0).getText().contains(CHROME), "unknown the first time: kept");

    send(textPage("https://news.example/story-" + MIN_PAGES, null, pageText(MIN_PAGES)));
    Article learned = articles.readValue();
    assertFalse(
        learned.getText().contains(CHROME), "seen on " + MIN_PAGES + " pages of the site: chrome");
    assertTrue(
        learned.getRemoved().stream()
            .anyMatch(r -> r.getReason().equals("site-memory") && r.getText().equals(CHROME)));
    assertTrue(learned.getText().contains("committee met on day " + MIN_PAGES), learned.getText());

    send(textPage("https://other.example/story", null, pageText(99)));
    assertTrue(articles.readValue().getText().contains(CHROME), "another site has learned nothing");
    // (TopologyTestDriver wipes its state on close; the restart is tested on a real broker: app's
    // TextPagesIT)
  }

  @Test
  void theSiteLabelOfThePageWinsOverItsHost() {
    start();
    for (int n = 0; n < MIN_PAGES; n++) {
      send(textPage("https://mirror" + n + ".example/story", "Gazette", pageText(n)));
    }
    articles.readValuesToList();
    send(textPage("https://mirror9.example/story", "gazette", pageText(9)));
    Article a = articles.readValue();
    assertFalse(a.getText().contains(CHROME), "one site across hosts, by its label");
    assertEquals("gazette", a.getSiteName().toLowerCase(java.util.Locale.ROOT));
  }
}
