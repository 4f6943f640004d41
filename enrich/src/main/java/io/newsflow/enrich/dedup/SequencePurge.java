package io.newsflow.enrich.dedup;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the records of the dedup sequence topic that the dedup application has committed, now and
 * then, as Kafka Streams does for its own repartition topics (the sequence topic was one): it keeps
 * every record (retention never deletes by time), so without this it would grow by every article
 * forever. Records before the committed offset are never read again, not even after a crash, which
 * resumes from that offset. Every enrich instance purges; deleting twice up to one offset is
 * harmless.
 */
public final class SequencePurge implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SequencePurge.class);
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

  private final Admin admin;
  private final String group;
  private final TopicPartition sequence;
  private final ScheduledExecutorService scheduler;
  private long purgedTo;

  /**
   * @param group the dedup application's id, its consumer group
   * @param sequenceTopic the topic it reads (one partition)
   */
  public SequencePurge(Admin admin, String group, String sequenceTopic) {
    this.admin = admin;
    this.group = group;
    this.sequence = new TopicPartition(sequenceTopic, 0);
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread t = new Thread(task, "newsflow-enrich-purge");
              t.setDaemon(true);
              return t;
            });
  }

  /** Purges every {@code interval}, the first time one interval from now. */
  public void start(Duration interval) {
    long ms = interval.toMillis();
    scheduler.scheduleWithFixedDelay(this::purgeQuietly, ms, ms, TimeUnit.MILLISECONDS);
  }

  /**
   * Deletes the records before the group's committed offset, if it moved since the last time.
   *
   * @return the offset the topic now starts at as far as this purge knows (0 before the first)
   */
  public synchronized long purge()
      throws ExecutionException, TimeoutException, InterruptedException {
    OffsetAndMetadata committed =
        admin
            .listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata()
            .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            .get(sequence);
    if (committed != null && committed.offset() > purgedTo) {
      admin
          .deleteRecords(Map.of(sequence, RecordsToDelete.beforeOffset(committed.offset())))
          .all()
          .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      purgedTo = committed.offset();
    }
    return purgedTo;
  }

  private void purgeQuietly() {
    try {
      purge();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("enrich: could not purge {} (next try in a while): {}", sequence, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops purging; the admin client is the caller's. */
  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
