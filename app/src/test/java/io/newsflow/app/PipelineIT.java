package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.TopicSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline, for real: `newsflow run` on the embedded Kafka broker, no mocks. */
class PipelineIT {
  @TempDir Path work;

  @Test
  void runsTheBundledSamplesCleanlyAndTwiceWithoutDuplicates() throws IOException {
    Path out = work.resolve("out");
    RunOutput first =
        RunOutput.newsflow("run", "--work-dir", work.toString(), "--out", out.toString());

    assertEquals(0, first.exitCode, first.stdout);
    assertTrue(first.stdout.contains("newsflow run: done"), first.stdout);
    assertTrue(
        first.stdout.contains("articles out:  5 (5 new, 0 already in the output)"), first.stdout);
    assertTrue(first.stdout.contains("(embedded broker)"), first.stdout);
    List<JsonNode> articles = RunOutput.articles(out);
    assertEquals(5, articles.size());
    checkAgainstExpectations(articles, RunOutput.expectedSamples());

    RunOutput second =
        RunOutput.newsflow("run", "--work-dir", work.toString(), "--out", out.toString());
    assertEquals(0, second.exitCode, second.stdout);
    assertTrue(
        second.stdout.contains("articles out:  5 (0 new, 5 already in the output)"), second.stdout);
    assertEquals(
        5,
        RunOutput.articles(out).size(),
        "a second run on the same work directory adds no copies");
  }

  static void checkAgainstExpectations(List<JsonNode> articles, JsonNode expected) {
    Map<String, JsonNode> byTitle = new HashMap<>();
    articles.forEach(a -> byTitle.put(a.get("title").asText(), a));
    expected
        .fields()
        .forEachRemaining(
            page -> {
              JsonNode want = page.getValue();
              JsonNode article = byTitle.get(want.get("title").asText());
              assertTrue(
                  article != null,
                  "no article titled " + want.get("title") + " among " + byTitle.keySet());
              String text = article.get("text").asText();
              for (JsonNode line : want.get("mustNotContain")) {
                assertFalse(
                    text.contains(line.asText()),
                    page.getKey() + " still contains boilerplate: " + line.asText());
              }
              for (JsonNode line : want.get("mustContain")) {
                assertTrue(
                    text.contains(line.asText()),
                    page.getKey() + " lost body text: " + line.asText());
              }
              assertEquals(
                  want.get("siteName").asText(), article.get("site_name").asText(), page.getKey());
            });
    Set<String> people = new HashSet<>();
    Set<String> places = new HashSet<>();
    for (JsonNode a : articles) {
      for (JsonNode e : a.get("entities")) {
        (e.get("type").asText().equals("PER") ? people : places).add(e.get("name").asText());
      }
    }
    assertTrue(people.containsAll(Set.of("Xi Jinping", "Vladimir Putin")), "people: " + people);
    assertTrue(places.contains("Moscow"), "places: " + places);
  }

  @Test
  void usesABrokerStartedSeparatelyWhenGivenBootstrapServers() throws Exception {
    try (EmbeddedKafkaBroker broker =
        EmbeddedKafkaBroker.start(work.resolve("separate-broker"), 16 << 20)) {
      Path runDir = work.resolve("run");
      RunOutput run =
          RunOutput.newsflow(
              "run",
              "--bootstrap-servers",
              broker.bootstrapServers(),
              "--work-dir",
              runDir.toString(),
              "--out",
              runDir.resolve("out").toString());
      assertEquals(0, run.exitCode, run.stdout);
      assertTrue(run.stdout.contains("Kafka: " + broker.bootstrapServers() + "\n"), run.stdout);
      assertFalse(Files.exists(runDir.resolve("kafka")), "no embedded broker was started");
      assertEquals(5, RunOutput.articles(runDir.resolve("out")).size());
      try (Admin admin =
          Admin.create(KafkaConnection.to(broker.bootstrapServers()).clientConfig())) {
        Set<String> created = admin.listTopics().names().get();
        TopicSettings.defaults()
            .newTopics()
            .forEach(t -> assertTrue(created.contains(t.name()), t.name() + " in " + created));
      }
    }
  }

  @Test
  void turnsBadInputIntoDeadLettersAndStillDeliversTheGoodPages() throws Exception {
    try (BadInputServer server = BadInputServer.start(RunOutput.repoRoot().resolve("samples"))) {
      Path urls = work.resolve("urls.txt");
      Files.writeString(urls, String.join("\n", server.urls()) + "\n");
      RunOutput run =
          RunOutput.newsflow(
              "run",
              "--urls",
              urls.toString(),
              "--allow-address",
              "127.0.0.1",
              "--per-host-delay",
              "PT0S",
              "--work-dir",
              work.toString(),
              "--out",
              work.resolve("out").toString());

      assertEquals(0, run.exitCode, run.stdout);
      assertEquals(server.goodPages(), RunOutput.articles(work.resolve("out")).size(), run.stdout);
      Map<String, Long> reasons = deadLetterReasons(run.stdout);
      assertEquals(
          Map.of(
              "ingest/http_status",
              1L,
              "ingest/empty_body",
              1L,
              "ingest/body_too_large",
              1L,
              "ingest/unsupported_content_type",
              1L,
              "enrich/not_html",
              1L,
              "enrich/invalid_encoding",
              1L),
          reasons,
          run.stdout);
    }
  }

  @Test
  void readsAFeedAndFetchesEveryItem() throws Exception {
    try (BadInputServer server = BadInputServer.start(RunOutput.repoRoot().resolve("samples"))) {
      RunOutput run =
          RunOutput.newsflow(
              "run",
              "--feed",
              server.feedUrl(),
              "--poll-interval",
              "PT0S",
              "--allow-address",
              "127.0.0.1",
              "--per-host-delay",
              "PT0S",
              "--work-dir",
              work.toString(),
              "--out",
              work.resolve("out").toString());
      assertEquals(0, run.exitCode, run.stdout);
      assertEquals(server.goodPages(), RunOutput.articles(work.resolve("out")).size(), run.stdout);
      assertTrue(run.stdout.contains("dead letters:  0"), run.stdout);
    }
  }

  /** Parses the " stage/reason n" lines of the run summary. */
  static Map<String, Long> deadLetterReasons(String summary) {
    return summary
        .lines()
        .filter(l -> l.matches("^ {4}\\S+/\\S+\\s+\\d+$"))
        .map(String::trim)
        .collect(
            Collectors.toMap(l -> l.split("\\s+")[0], l -> Long.parseLong(l.split("\\s+")[1])));
  }
}
