package io.newsflow.app.bench;

import io.newsflow.schema.KafkaConnection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * How many raw pages enrich has read and committed, from its consumer group's offsets. The bench
 * counts its steady window by this too: pages out of the sink alone can overstate, when a backlog
 * that built up inside the pipeline during the warm-up comes out within the window.
 */
final class EnrichReadProgress implements AutoCloseable {
  private static final long TIMEOUT_MS = 2_000;

  private final Admin admin;
  private final String group;
  private final String rawTopic;
  private Map<TopicPartition, Long> ends = Map.of();
  private Progress last = new Progress(0, false);

  /**
   * @param read pages of the raw topic enrich has committed
   * @param partitionDrained once every page was offered: enrich has read some raw partition to its
   *     end, so from here on the stream thread that owned it can run out of work and the pipeline
   *     drains rather than runs steadily
   */
  record Progress(long read, boolean partitionDrained) {}

  EnrichReadProgress(KafkaConnection kafka, String group, String rawTopic) {
    this.admin = Admin.create(kafka.clientConfig());
    this.group = group;
    this.rawTopic = rawTopic;
  }

  /**
   * Enrich's progress (the topic is fresh and its producer writes no transaction markers, so
   * offsets count pages); the last figure if the broker did not answer.
   *
   * @param allOffered every page has been published and acknowledged, so the partitions' ends are
   *     final
   */
  Progress read(boolean allOffered) throws InterruptedException {
    try {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
      long sum = 0;
      boolean drained = false;
      if (allOffered && ends.isEmpty()) {
        ends = endOffsets();
      }
      for (Map.Entry<TopicPartition, OffsetAndMetadata> e : offsets.entrySet()) {
        if (e.getKey().topic().equals(rawTopic) && e.getValue() != null) {
          long offset = e.getValue().offset();
          sum += offset;
          long end = ends.getOrDefault(e.getKey(), Long.MAX_VALUE);
          drained |= end > 0 && offset >= end;
        }
      }
      last = new Progress(Math.max(last.read(), sum), last.partitionDrained() || drained);
    } catch (ExecutionException | TimeoutException e) {
      // A missed sample keeps the last figure: the window is only ever cut later, never earlier.
    }
    return last;
  }

  /** Every raw partition's end offset. */
  private Map<TopicPartition, Long> endOffsets()
      throws ExecutionException, TimeoutException, InterruptedException {
    TopicDescription topic =
        admin
            .describeTopics(List.of(rawTopic))
            .allTopicNames()
            .get(TIMEOUT_MS, TimeUnit.MILLISECONDS)
            .get(rawTopic);
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (TopicPartitionInfo p : topic.partitions()) {
      latest.put(new TopicPartition(rawTopic, p.partition()), OffsetSpec.latest());
    }
    Map<TopicPartition, ListOffsetsResultInfo> info =
        admin.listOffsets(latest).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    Map<TopicPartition, Long> result = new HashMap<>();
    info.forEach((p, i) -> result.put(p, i.offset()));
    return Map.copyOf(result);
  }

  @Override
  public void close() {
    admin.close();
  }
}
