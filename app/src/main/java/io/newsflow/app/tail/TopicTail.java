package io.newsflow.app.tail;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Reads one topic without a consumer group (assigned partitions, nothing committed) from the chosen
 * start, prints each record through a {@link RecordPrinter}, and stops at the end offsets seen at
 * start, at the limit, or, when following, when stopped.
 */
public final class TopicTail {
  /** Where a tail starts without --from-beginning or --offset: the last few of each partition. */
  public static final int DEFAULT_LAST = 10;

  private static final Duration POLL = Duration.ofMillis(200);

  /**
   * What to read.
   *
   * @param partition only this partition
   * @param offset start here (with a partition)
   * @param limit stop after printing this many records (that pass the key filter and decode)
   * @param key only records with this key
   */
  public record Request(
      String topic,
      boolean fromBeginning,
      boolean follow,
      OptionalLong limit,
      Optional<String> key,
      OptionalInt partition,
      OptionalLong offset) {}

  /** How many records were printed and how many did not decode. */
  public record Counts(long printed, long undecodable) {}

  private final Consumer<byte[], byte[]> consumer;
  private volatile boolean stopping;

  public TopicTail(Consumer<byte[], byte[]> consumer) {
    this.consumer = consumer;
  }

  /** Safe from any thread (a shutdown hook): the tail returns after the record in hand. */
  public void stop() {
    stopping = true;
    consumer.wakeup();
  }

  public Counts run(
      Request request,
      List<TopicPartition> partitions,
      RecordPrinter printer,
      PrintWriter out,
      PrintWriter err) {
    consumer.assign(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    seekToStart(request, partitions, end);
    long printed = 0;
    long undecodable = 0;
    try {
      while (!stopping) {
        if (!request.follow() && reachedEnd(partitions, end)) {
          break;
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
          if (request.key().isPresent()
              && !request.key().get().equals(RecordPrinter.key(record.key()))) {
            continue;
          }
          try {
            out.println(printer.line(record));
            printed++;
          } catch (RecordPrinter.Undecodable e) {
            err.println("newsflow tail: " + e.getMessage());
            err.flush();
            undecodable++;
          }
          if (request.limit().isPresent() && printed >= request.limit().getAsLong()) {
            out.flush();
            return new Counts(printed, undecodable);
          }
        }
        out.flush();
      }
    } catch (WakeupException e) {
      // stopped during a poll
    }
    out.flush();
    return new Counts(printed, undecodable);
  }

  private void seekToStart(
      Request request, List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
    if (request.offset().isPresent()) {
      partitions.forEach(p -> consumer.seek(p, request.offset().getAsLong()));
    } else if (request.fromBeginning()) {
      consumer.seekToBeginning(partitions);
    } else {
      Map<TopicPartition, Long> begin = new HashMap<>(consumer.beginningOffsets(partitions));
      for (TopicPartition p : partitions) {
        consumer.seek(p, Math.max(begin.get(p), end.get(p) - DEFAULT_LAST));
      }
    }
  }

  private boolean reachedEnd(List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
    for (TopicPartition p : partitions) {
      if (consumer.position(p) < end.get(p)) {
        return false;
      }
    }
    return true;
  }
}
