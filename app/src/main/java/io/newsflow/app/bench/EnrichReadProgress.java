package io.newsflow.app.bench;

import io.newsflow.schema.KafkaConnection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

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
  private long last;

  EnrichReadProgress(KafkaConnection kafka, String group, String rawTopic) {
    this.admin = Admin.create(kafka.clientConfig());
    this.group = group;
    this.rawTopic = rawTopic;
  }

  /**
   * Pages of the raw topic enrich has committed (the topic is fresh and its producer writes no
   * transaction markers, so offsets count pages); the last figure if the broker did not answer.
   */
  long read() throws InterruptedException {
    try {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
      long sum = 0;
      for (Map.Entry<TopicPartition, OffsetAndMetadata> e : offsets.entrySet()) {
        if (e.getKey().topic().equals(rawTopic) && e.getValue() != null) {
          sum += e.getValue().offset();
        }
      }
      last = Math.max(last, sum);
    } catch (ExecutionException | TimeoutException e) {
      // A missed sample keeps the last figure: the window is only ever cut later, never earlier.
    }
    return last;
  }

  @Override
  public void close() {
    admin.close();
  }
}
