package io.newsflow.app.commands;

import io.newsflow.app.cli.KafkaOptions;
import io.newsflow.app.cli.UserError;
import io.newsflow.app.tail.RecordPrinter;
import io.newsflow.app.tail.TopicTail;
import io.newsflow.schema.AvroSerde;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow tail TOPIC}: the records of a pipeline topic as JSON lines, schema-aware. */
@Command(
    name = "tail",
    mixinStandardHelpOptions = true,
    description =
        "Prints the records of a pipeline topic as JSON lines, decoded with the schemas; a record"
            + " that does not decode is a one-line error on stderr and the tail goes on.")
public final class TailCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin KafkaOptions kafka;

  @Parameters(
      paramLabel = "TOPIC",
      description =
          "A pipeline topic: the raw-page, article, dead-letter, sources or fetched-URL"
              + " topic (by its configured name).")
  String topic;

  @Option(names = "--from-beginning", description = "Start at the oldest record.")
  boolean fromBeginning;

  @Option(names = "--follow", description = "Keep printing new records until stopped (Ctrl-C).")
  boolean follow;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Stop after printing N records (undecodable ones are not counted).")
  Long limit;

  @Option(names = "--key", paramLabel = "KEY", description = "Only records with this key.")
  String key;

  @Option(names = "--partition", paramLabel = "P", description = "Only this partition.")
  Integer partition;

  @Option(
      names = "--offset",
      paramLabel = "OFFSET",
      description = "Start at this offset (needs --partition).")
  Long offset;

  @Option(names = "--body", description = "Print page bodies whole, not abbreviated.")
  boolean body;

  /** The serde and type name of each pipeline topic, by its configured name. */
  static Map<String, Map.Entry<AvroSerde<?>, String>> decoders(TopicSettings topics) {
    Map<String, Map.Entry<AvroSerde<?>, String>> byTopic = new LinkedHashMap<>();
    byTopic.put(topics.rawPages(), Map.entry(Topics.RAW_PAGE_SERDE, "RawPage"));
    byTopic.put(topics.articles(), Map.entry(Topics.ARTICLE_SERDE, "Article"));
    byTopic.put(topics.deadLetter(), Map.entry(Topics.DEAD_LETTER_SERDE, "DeadLetter"));
    byTopic.put(topics.sources(), Map.entry(Topics.CRAWL_SOURCE_SERDE, "CrawlSource"));
    byTopic.put(topics.fetchedUrls(), Map.entry(Topics.FETCHED_URL_SERDE, "FetchedUrl"));
    return byTopic;
  }

  @Override
  public Integer call() {
    Map<String, Map.Entry<AvroSerde<?>, String>> decoders = decoders(kafka.topics());
    Map.Entry<AvroSerde<?>, String> decoder = decoders.get(topic);
    if (decoder == null) {
      throw UserError.badValue(
          "TOPIC",
          topic,
          "not a pipeline topic",
          "give one of " + String.join(", ", decoders.keySet()));
    }
    if (limit != null && limit < 1) {
      throw UserError.badValue("--limit", limit, "must be at least 1", "give a positive number");
    }
    if (offset != null && partition == null) {
      throw UserError.badValue(
          "--offset", offset, "needs a partition", "give --partition P with it");
    }
    if (offset != null && fromBeginning) {
      throw UserError.badValue(
          "--offset", offset, "conflicts with --from-beginning", "give one of the two");
    }
    KafkaConnection cluster = Services.reachable(spec, kafka);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            consumerConfig(cluster), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = partitions(consumer);
      TopicTail tail = new TopicTail(consumer);
      CountDownLatch finished = Services.onShutdown(tail::stop);
      try {
        tail.run(
            new TopicTail.Request(
                topic,
                fromBeginning,
                follow,
                limit == null ? OptionalLong.empty() : OptionalLong.of(limit),
                Optional.ofNullable(key),
                partition == null ? OptionalInt.empty() : OptionalInt.of(partition),
                offset == null ? OptionalLong.empty() : OptionalLong.of(offset)),
            partitions,
            new RecordPrinter(decoder.getKey(), decoder.getValue(), body),
            spec.commandLine().getOut(),
            spec.commandLine().getErr());
      } finally {
        finished.countDown();
      }
    }
    return 0;
  }

  private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
    List<PartitionInfo> infos = consumer.partitionsFor(topic);
    if (infos == null || infos.isEmpty()) {
      throw new UserError(
          "TOPIC " + topic + ": no such topic on the cluster; a stage creates it at start",
          UserError.UNAVAILABLE);
    }
    List<TopicPartition> all =
        infos.stream()
            .map(i -> new TopicPartition(topic, i.partition()))
            .sorted(java.util.Comparator.comparingInt(TopicPartition::partition))
            .toList();
    if (partition == null) {
      return all;
    }
    if (partition < 0 || partition >= all.size()) {
      throw UserError.badValue(
          "--partition",
          partition,
          "no such partition of " + topic,
          "give 0 to " + (all.size() - 1));
    }
    return List.of(new TopicPartition(topic, partition));
  }

  /** No group: nothing is committed, and no pipeline group is joined. */
  private static Map<String, Object> consumerConfig(KafkaConnection cluster) {
    Map<String, Object> props = cluster.clientConfig();
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // enrich's transactions
    props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-tail");
    props.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 << 20);
    return props;
  }
}
