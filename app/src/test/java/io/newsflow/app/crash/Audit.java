package io.newsflow.app.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what a run left, the output files and the topics (read_committed, as a consumer of the
 * pipeline sees them), and checks the delivery guarantees against the inputs.
 */
final class Audit {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String bootstrapServers;
  private final Path outDir;

  Audit(String bootstrapServers, Path outDir) {
    this.bootstrapServers = bootstrapServers;
    this.outDir = outDir;
  }

  /** Inputs with an article in the output or a dead letter: the run has drained at all. */
  int covered(List<String> inputs) throws IOException {
    Set<String> done = new HashSet<>(outputLines().urls);
    deadLetters().forEach(r -> done.add(r.key()));
    return (int) inputs.stream().filter(done::contains).count();
  }

  int articlesWritten() throws IOException {
    return outputLines().urls.size();
  }

  AuditReport.Outputs check(List<String> inputs) throws IOException {
    Output out = outputLines();
    Map<String, Integer> articlesByUrl = count(out.urls);
    Map<String, Integer> idCounts = count(out.ids);
    List<ConsumerRecord<String, byte[]>> letters = deadLetters();
    Map<String, Integer> lettersByKey = count(letters.stream().map(ConsumerRecord::key).toList());
    int lost = 0;
    int both = 0;
    for (String input : inputs) {
      boolean article = articlesByUrl.containsKey(input);
      boolean letter = lettersByKey.containsKey(input);
      lost += article || letter ? 0 : 1;
      both += article && letter ? 1 : 0;
    }
    int repeatedLetters =
        lettersByKey.values().stream().mapToInt(n -> n - 1).filter(n -> n > 0).sum();
    RawOutputs raw = rawOutputs(letters);
    int reasonless = 0;
    for (ConsumerRecord<String, byte[]> r : letters) {
      DeadLetter d = Topics.DEAD_LETTER_SERDE.decode(r.value());
      boolean blank =
          d.getStage() == null || d.getReason() == null || d.getReason().toString().isBlank();
      reasonless += blank ? 1 : 0;
    }
    return new AuditReport.Outputs(
        inputs.size(),
        out.urls.size(),
        lettersByKey.size(),
        lost,
        (int) idCounts.values().stream().filter(n -> n > 1).count(),
        both,
        out.torn,
        raw.records,
        raw.without,
        raw.several,
        repeatedLetters,
        reasonless);
  }

  private record Output(List<String> urls, List<String> ids, int torn) {}

  private record RawOutputs(int records, int without, int several) {}

  private Output outputLines() throws IOException {
    List<String> urls = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    int torn = 0;
    if (!Files.isDirectory(outDir)) {
      return new Output(urls, ids, 0);
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(outDir)) {
      files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    for (Path f : files) {
      String content = Files.readString(f, StandardCharsets.UTF_8);
      if (!content.isEmpty() && !content.endsWith("\n")) {
        torn++; // a last line cut short
      }
      for (String line : content.split("\n")) {
        if (line.isEmpty()) {
          continue;
        }
        try {
          JsonNode article = JSON.readTree(line);
          urls.add(article.get("url").asText());
          ids.add(article.get("id").asText());
        } catch (IOException | RuntimeException e) {
          torn++;
        }
      }
    }
    return new Output(urls, ids, torn);
  }

  private List<ConsumerRecord<String, byte[]>> deadLetters() {
    return readAll(Topics.DEAD_LETTER);
  }

  /** Every raw record has exactly one committed output: an article or an enrich dead letter. */
  private RawOutputs rawOutputs(List<ConsumerRecord<String, byte[]>> letters) {
    Map<String, Integer> outputs = new HashMap<>();
    for (ConsumerRecord<String, byte[]> r : readAll(Topics.ARTICLES)) {
      Article a = Topics.ARTICLE_SERDE.decode(r.value());
      outputs.merge(a.getRaw().getPartition() + "@" + a.getRaw().getOffset(), 1, Integer::sum);
    }
    for (ConsumerRecord<String, byte[]> r : letters) {
      DeadLetter d = Topics.DEAD_LETTER_SERDE.decode(r.value());
      if (Topics.RAW_PAGES.equals(d.getTopic())) {
        outputs.merge(d.getPartition() + "@" + d.getOffset(), 1, Integer::sum);
      }
    }
    List<ConsumerRecord<String, byte[]>> raw = readAll(Topics.RAW_PAGES);
    int without = 0;
    int several = 0;
    for (ConsumerRecord<String, byte[]> r : raw) {
      int n = outputs.getOrDefault(r.partition() + "@" + r.offset(), 0);
      without += n == 0 ? 1 : 0;
      several += n > 1 ? 1 : 0;
    }
    return new RawOutputs(raw.size(), without, several);
  }

  /** The committed records of a topic, start to end. */
  private List<ConsumerRecord<String, byte[]>> readAll(String topic) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed",
            ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
            16 << 20);
    List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions); // the last stable offsets
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        consumer.poll(Duration.ofMillis(500)).forEach(all::add);
      }
    }
    return all;
  }

  private static Map<String, Integer> count(List<String> values) {
    Map<String, Integer> counts = new HashMap<>();
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts;
  }
}
