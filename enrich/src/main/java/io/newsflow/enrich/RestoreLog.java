package io.newsflow.enrich;

import java.util.Locale;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says in one line per task what Kafka Streams does after an unclean stop: a process killed under
 * exactly-once leaves no checkpoint, so on its next start Streams throws away the task's local
 * state (its TaskCorruptedException, which it logs as an error although it is the designed
 * recovery) and rebuilds it from the changelog. The same happens when a task moves to an instance
 * that had no copy of it. A restart after a clean stop restores nothing and logs nothing.
 */
final class RestoreLog implements StateRestoreListener {
  private static final Logger LOG = LoggerFactory.getLogger(RestoreLog.class);

  @Override
  public void onRestoreStart(
      TopicPartition partition, String store, long startingOffset, long endingOffset) {
    if (endingOffset > startingOffset) {
      LOG.warn(
          String.format(
              Locale.ROOT,
              "enrich: rebuilding %s of partition %d from its changelog (%d records): normal after"
                  + " an unclean stop or when a task moves to this instance",
              store,
              partition.partition(),
              endingOffset - startingOffset));
    }
  }

  @Override
  public void onBatchRestored(
      TopicPartition partition, String store, long batchEndOffset, long numRestored) {}

  @Override
  public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
    LOG.info(
        "enrich: {} of partition {} rebuilt ({} records)",
        store,
        partition.partition(),
        totalRestored);
  }
}
