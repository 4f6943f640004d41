package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.monitor.MonitorConfig;
import io.newsflow.monitor.Snapshot;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `newsflow monitor` on a real broker, against what the topics hold and what the run said. */
class MonitorIT {
  @TempDir Path work;

  @Test
  void onceJsonReportsTheTopicsContentsAndTheRunsDeadLetters() throws Exception {
    Path input = Files.createDirectories(work.resolve("pages"));
    try (var samples = Files.list(RunOutput.repoRoot().resolve("samples"))) {
      for (Path p : samples.filter(p -> p.toString().endsWith(".html")).toList()) {
        Files.copy(p, input.resolve(p.getFileName()));
      }
    }
    Files.write(
        input.resolve("report.html"), "%PDF-1.4\n1 0 obj".getBytes(StandardCharsets.US_ASCII));
    Files.write(input.resolve("empty.html"), new byte[0]);
    Files.writeString(
        input.resolve("tag-page.html"),
        "<html><body><p>Nothing here.</p></body></html>",
        StandardCharsets.UTF_8);
    Files.writeString(
        input.resolve("another-tag.html"),
        "<html><body><ul><li>Home</li></ul></body></html>",
        StandardCharsets.UTF_8);

    RunOutput run =
        RunOutput.newsflow(
            "run",
            "--input",
            input.toString(),
            "--work-dir",
            work.toString(),
            "--out",
            work.resolve("out").toString());
    assertEquals(0, run.exitCode, run.stdout);
    Map<String, Long> runReasons = new TreeMap<>();
    Matcher m = Pattern.compile("(?m)^    (\\w+/\\w+)\\s+(\\d+)$").matcher(run.stdout);
    while (m.find()) {
      runReasons.put(m.group(1), Long.parseLong(m.group(2)));
    }
    long published = number(run.stdout, "\\((\\d+) published to Kafka");
    long deadLetters = number(run.stdout, "dead letters:\\s+(\\d+)");
    assertTrue(runReasons.size() >= 3, "good and bad pages: " + run.stdout);

    // the run's broker is gone; the same data directory serves the topics again
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("kafka"), 16 << 20)) {
      RunOutput monitor =
          RunOutput.newsflow(
              "monitor", "--once", "--json", "--bootstrap-servers", broker.bootstrapServers());
      assertEquals(0, monitor.exitCode, monitor.stdout);
      String[] lines = monitor.stdout.strip().split("\n");
      assertEquals(1, lines.length, "one object: " + monitor.stdout);
      JsonNode s = RunOutput.JSON.readTree(lines[0]);

      List<ConsumerRecord<byte[], byte[]>> articles = readAll(broker, Topics.ARTICLES);
      List<ConsumerRecord<byte[], byte[]>> letters = readAll(broker, Topics.DEAD_LETTER);
      assertEquals(
          articles.size(), topic(s, Topics.ARTICLES).path("count").path("since_start").asLong());
      assertEquals(
          letters.size(), topic(s, Topics.DEAD_LETTER).path("count").path("since_start").asLong());
      assertEquals(deadLetters, letters.size(), "the run's summary and the topic agree");
      assertEquals(
          published,
          topic(s, Topics.RAW_PAGES).path("count").path("since_start").asLong(),
          "raw records by offsets");

      Map<String, Long> topicReasons = new TreeMap<>();
      for (ConsumerRecord<byte[], byte[]> r : letters) {
        DeadLetter d = Topics.DEAD_LETTER_SERDE.decode(r.value());
        topicReasons.merge(d.getStage() + "/" + d.getReason(), 1L, Long::sum);
      }
      Map<String, Long> monitorByStage = new TreeMap<>();
      for (JsonNode r : s.path("dead_letters").path("by_reason").path("since_start")) {
        monitorByStage.put(
            r.path("stage").asText() + "/" + r.path("reason").asText(), r.path("count").asLong());
      }
      assertEquals(runReasons, monitorByStage, "the run's summary, by stage and reason");
      assertEquals(topicReasons, monitorByStage, "by stage and reason");

      List<String> groups = new ArrayList<>();
      for (JsonNode g : s.path("lag")) {
        assertEquals(0, g.path("lag").asLong(), "a finished run leaves no lag: " + g);
        boolean dedup = g.path("group").asText().endsWith("-dedup"); // its one-partition sequence
        assertTrue(g.path("partitions").size() >= (dedup ? 1 : 3), g.toString());
        groups.add(g.path("group").asText());
      }
      assertEquals(List.of("newsflow-sink", "newsflow-enrich", "newsflow-enrich-dedup"), groups);
      JsonNode latency = s.path("latency").path("fetch_to_article_ms").path("since_start");
      assertEquals(articles.size(), latency.path("count").asLong());
      assertTrue(
          latency.path("p50").asDouble() > 0
              && latency.path("p99").asDouble() >= latency.path("p50").asDouble(),
          latency.toString());
      assertEquals(
          articles.size(),
          s.path("health").path("overall").path("since_start").path("articles").asLong());
    }
  }

  @Test
  void sinkLagGrowsWhileTheSinkIsStoppedAndDrainsToZeroAfterItRestarts() throws Exception {
    try (FlowingPipeline p = new FlowingPipeline(work)) {
      for (int i = 0; i < 6; i++) {
        p.sendGood();
      }
      p.await(
          "6 articles and no sink lag",
          Duration.ofSeconds(90),
          s ->
              FlowingPipeline.count(s, Topics.ARTICLES) == 6
                  && FlowingPipeline.lag(s, MonitorConfig.DEFAULT_SINK_GROUP) == 0);

      p.stopSink();
      List<Long> lags = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        p.sendGood();
        Thread.sleep(400);
        Snapshot s = p.monitor.latest();
        lags.add(FlowingPipeline.lag(s, MonitorConfig.DEFAULT_SINK_GROUP));
      }
      Snapshot stopped =
          p.await(
              "the 12 new articles waiting for the stopped sink",
              Duration.ofSeconds(60),
              s -> FlowingPipeline.lag(s, MonitorConfig.DEFAULT_SINK_GROUP) == 12);
      lags.add(12L);
      assertTrue(lags.get(lags.size() / 2) > lags.get(0) || lags.get(0) < 12, "lag grew: " + lags);
      // Past what the monitor has read, lag counts offsets, transaction markers included; once
      // read, the markers drop out (SeenOffsets), so a sample can fall by at most one marker per
      // partition below the one before. More than that is the sink moving while stopped.
      for (int i = 1; i < lags.size(); i++) {
        assertTrue(
            lags.get(i) >= lags.get(i - 1) - TopicSettings.DEFAULT_PARTITIONS,
            "lag never shrinks while the sink is stopped: " + lags);
      }
      Snapshot.GroupLag sinkLag =
          stopped.lag().stream()
              .filter(g -> g.group().equals(MonitorConfig.DEFAULT_SINK_GROUP))
              .findFirst()
              .orElseThrow();
      assertTrue(
          sinkLag.trendPerSecond().minute() > 0, "the trend says it falls behind: " + sinkLag);

      p.startSink();
      p.await(
          "the sink caught up",
          Duration.ofSeconds(90),
          s ->
              FlowingPipeline.lag(s, MonitorConfig.DEFAULT_SINK_GROUP) == 0
                  && FlowingPipeline.count(s, Topics.ARTICLES) == 18);
    }
  }

  private static JsonNode topic(JsonNode snapshot, String name) {
    for (JsonNode t : snapshot.path("topics")) {
      if (t.path("topic").asText().equals(name)) {
        return t;
      }
    }
    throw new AssertionError("no topic " + name + " in " + snapshot);
  }

  private static long number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), regex + " in " + text);
    return Long.parseLong(m.group(1));
  }

  /** Every committed record of the topic, with a consumer of the test's own. */
  private static List<ConsumerRecord<byte[], byte[]>> readAll(
      EmbeddedKafkaBroker broker, String topic) {
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> tps =
          c.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      c.assign(tps);
      c.seekToBeginning(tps);
      Map<TopicPartition, Long> ends = c.endOffsets(tps);
      List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (tps.stream().anyMatch(tp -> c.position(tp) < ends.get(tp))
          && System.nanoTime() < deadline) {
        c.poll(Duration.ofMillis(300)).forEach(all::add);
      }
      return all;
    }
  }
}
