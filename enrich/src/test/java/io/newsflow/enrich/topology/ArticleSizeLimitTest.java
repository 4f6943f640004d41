package io.newsflow.enrich.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.Stage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article larger than the article topic takes is a dead letter, not a failed task. */
class ArticleSizeLimitTest {
  /** The topics take 64 KB of record overhead plus this much value. */
  private static final int VALUE_BYTES = 8_000;

  @TempDir Path stateDir;
  final DeadLetterCounts counts = new DeadLetterCounts();
  EnrichHarness harness;

  @BeforeEach
  void setUp() {
    TopicSettings topics =
        TopicSettings.defaults().withPartitions(1).withMaxMessageBytes(64 * 1024 + VALUE_BYTES);
    harness = EnrichHarness.of(topics, stateDir, counts);
  }

  @AfterEach
  void tearDown() {
    harness.close();
  }

  @Test
  void anArticleOverTheTopicsLimitIsADeadLetterWithItsSize() {
    send("https://x.example/long", story(60)); // text and Markdown of ~9 KB each

    DeadLetter letter = harness.deadLetters().readValue();
    assertEquals("article_too_large", letter.getReason());
    assertTrue(
        letter.getMessage().matches("the article takes \\d+ bytes, over the limit of 8000 .*"),
        letter.getMessage());
    assertEquals(1, counts.get(Stage.ENRICH, DeadLetterReason.ARTICLE_TOO_LARGE));
    assertTrue(harness.articles().isEmpty());
  }

  @Test
  void anArticleJustUnderTheLimitPassesThoughItsSizeBoundIsOver() {
    // ~2.6 KB of text and as much Markdown: an upper bound of three bytes a char is over the
    // limit, the encoded article is under it.
    send("https://x.example/fits", story(18));

    Article article = harness.articles().readValue();
    int size = Topics.ARTICLE_SERDE.encode(article).length;
    assertTrue(size < VALUE_BYTES && 3 * article.getText().length() > VALUE_BYTES / 2, "" + size);
    assertTrue(harness.deadLetters().isEmpty());
  }

  private static String story(int sentences) {
    StringBuilder body = new StringBuilder("<html lang=en><head><title>Long story</title></head>");
    body.append("<body><article><h1>Long story</h1>");
    for (int i = 0; i < sentences; i++) {
      body.append("<p>The council met on Tuesday to discuss the new budget for the harbour, item ")
          .append(i)
          .append(" of the agenda, and the members agreed to meet again.</p>");
    }
    return body.append("</article></body></html>").toString();
  }

  private void send(String url, String html) {
    harness
        .raw()
        .pipeInput(
            url.getBytes(StandardCharsets.UTF_8),
            Topics.RAW_PAGE_SERDE.encode(
                EnrichTopologyTest.page(url, "text/html", html.getBytes(StandardCharsets.UTF_8))));
  }
}
