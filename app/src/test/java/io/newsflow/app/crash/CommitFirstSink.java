package io.newsflow.app.crash;

import io.newsflow.schema.Article;
import io.newsflow.schema.Topics;
import io.newsflow.sink.json.AvroJson;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A deliberately broken sink for the harness's own test: it commits the offsets of a batch before
 * it writes the batch, so a kill in between loses articles. The harness must notice. Args:
 * bootstrap servers, output directory.
 */
public final class CommitFirstSink {
  private CommitFirstSink() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            args[0],
            ConsumerConfig.GROUP_ID_CONFIG,
            "newsflow-sink",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            "read_committed",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
            10);
    Path out = Files.createDirectories(Path.of(args[1]));
    Path file = out.resolve("articles-" + ProcessHandle.current().pid() + ".jsonl");
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.ARTICLES));
      while (true) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
        if (records.isEmpty()) {
          continue;
        }
        consumer.commitSync(); // the bug: committed before it is written
        Thread.sleep(1500); // widens the window a kill falls into
        try (Writer w =
            Files.newBufferedWriter(
                file,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
          for (ConsumerRecord<String, byte[]> r : records) {
            Article article = Topics.ARTICLE_SERDE.decode(r.value());
            w.write(AvroJson.toJsonLine(article));
            w.write("\n");
          }
        }
      }
    }
  }
}
