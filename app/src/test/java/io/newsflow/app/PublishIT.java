package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow publish} as a scraper would use it: the packaged jar fed JSON lines on standard
 * input.
 */
class PublishIT {
  @TempDir Path work;

  @Test
  void pipedLinesBecomeRawPagesAndBadLinesDeadLettersWithTheirLineNumbers() throws Exception {
    Path jar = ServicesIT.JAR;
    assertTrue(Files.exists(jar), "package the jar first: " + jar);
    Path input = work.resolve("lines.jsonl");
    Files.writeString(
        input,
        String.join(
            "\n",
            "{\"url\":\"https://news.example.com/a\",\"html\":\"<html><body><p>Hallo Welt</p></body></html>\",\"site\":\"Example\",\"fetched_at\":\"2024-05-01T10:00:00+02:00\"}",
            "{\"url\":\"https://news.example.com/b\",\"text\":\"Plain text story.\",\"fetched_at\":1714550400000}",
            "{\"url\":\"https://news.example.com/c\",\"html\":",
            "",
            "{\"html\":\"<p>no url</p>\"}",
            "{\"url\":\"https://news.example.com/d\",\"html\":\"x\",\"text\":\"y\"}",
            "{\"url\":\"https://news.example.com/e\",\"text\":\"last line, no line break\"}"),
        StandardCharsets.UTF_8);

    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 16 << 20)) {
      Process publish =
          new ProcessBuilder(
                  ServicesIT.javaBin(),
                  "-Xmx256m",
                  "-jar",
                  jar.toString(),
                  "publish",
                  "--bootstrap-servers",
                  broker.bootstrapServers())
              .directory(work.toFile())
              .redirectInput(input.toFile())
              .redirectOutput(work.resolve("publish.out").toFile())
              .redirectError(work.resolve("publish.err").toFile())
              .start();
      assertTrue(publish.waitFor(120, TimeUnit.SECONDS), "publish ends with its input");
      String out = Files.readString(work.resolve("publish.out"));
      String err = Files.readString(work.resolve("publish.err"));
      assertEquals(1, publish.exitValue(), "rejected lines make the exit code 1\n" + out + err);
      assertTrue(out.contains("7 lines: 3 pages published, 3 rejected"), out);
      assertTrue(err.contains("line 3: bad_json"), err);
      assertTrue(err.contains("line 5: missing_url"), err);
      assertTrue(err.contains("line 6: both_html_and_text"), err);

      Map<String, RawPage> pages =
          read(broker.bootstrapServers(), Topics.RAW_PAGES, 3, Topics.RAW_PAGE_SERDE::decode)
              .stream()
              .collect(Collectors.toMap(p -> p.getRequestedUrl(), Function.identity()));
      RawPage a = pages.get("https://news.example.com/a");
      assertEquals("text/html", a.getContentType());
      assertEquals(SourceKind.PIPE, a.getSourceKind());
      assertEquals("Example", a.getSite());
      assertEquals(Instant.parse("2024-05-01T08:00:00Z"), a.getFetchedAt());
      RawPage b = pages.get("https://news.example.com/b");
      assertEquals("text/plain", b.getContentType());
      assertEquals("Plain text story.", StandardCharsets.UTF_8.decode(b.getBody()).toString());
      assertEquals(Instant.ofEpochMilli(1714550400000L), b.getFetchedAt());
      assertTrue(pages.containsKey("https://news.example.com/e"));

      List<DeadLetter> letters =
          read(broker.bootstrapServers(), Topics.DEAD_LETTER, 3, Topics.DEAD_LETTER_SERDE::decode);
      assertEquals(
          List.of("bad_json", "both_html_and_text", "missing_url"),
          letters.stream().map(DeadLetter::getReason).sorted().toList());
      letters.forEach(l -> assertEquals("publish", l.getStage()));
      DeadLetter both =
          letters.stream()
              .filter(l -> l.getReason().equals("both_html_and_text"))
              .findFirst()
              .orElseThrow();
      assertEquals("https://news.example.com/d", both.getUrl());
      assertTrue(both.getMessage().startsWith("line 6:"), both.getMessage());
      assertTrue(
          StandardCharsets.UTF_8.decode(both.getValue()).toString().contains("\"text\":\"y\""));
    }
  }

  private static <T> List<T> read(
      String bootstrap, String topic, int expected, Function<byte[], T> decode) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "publish-it-" + topic);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<T> values = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 60_000;
      while (values.size() < expected && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          values.add(decode.apply(r.value()));
        }
      }
    }
    assertEquals(expected, values.size(), "records on " + topic);
    return values;
  }
}
