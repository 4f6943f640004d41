package io.newsflow.ingest.pipe;

import io.newsflow.ingest.publish.PublishListener;
import io.newsflow.ingest.publish.RawPagePublisher;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.TopicSettings;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import io.newsflow.schema.deadletter.DeadLetterOrigin;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.DeadLetters;
import io.newsflow.schema.deadletter.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes JSON lines from a stream as RawPage records, one line at a time. A line that is not a
 * usable page is reported (line number, reason) on the error writer and published as a dead letter
 * of stage publish that keeps the line's bytes, so nothing is dropped silently.
 */
public final class PipePublisher implements AutoCloseable {
  private final PipeConfig config;
  private final PipeLineParser parser;
  private final RawPagePublisher publisher;
  private final PrintWriter errors;
  private final DeadLetters deadLetters;
  private final PipeStats stats = new PipeStats();

  public PipePublisher(
      PipeConfig config,
      KafkaConnection kafka,
      TopicSettings topics,
      PrintWriter errors,
      Clock clock) {
    this.config = config;
    this.parser = new PipeLineParser(config, clock);
    this.publisher = new RawPagePublisher(kafka, topics, new Counting(stats));
    this.errors = errors;
    this.deadLetters = new DeadLetters(Stage.PUBLISH, clock);
  }

  public PipeStats stats() {
    return stats;
  }

  /** The rejected lines by reason (all of stage publish), for consoles and metrics. */
  public DeadLetterCounts deadLetterCounts() {
    return stats.deadLetterCounts();
  }

  /** Reads the stream to its end, then waits until Kafka acknowledged (or refused) every record. */
  public PipeStats publishAll(InputStream in) throws IOException {
    LineReader lines = new LineReader(in, config.maxLineBytes());
    long number = 0;
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      number++;
      stats.countLine();
      if (line.tooLong()) {
        reject(
            number,
            line.bytes(),
            new PipeLine.Rejected(
                DeadLetterReason.LINE_TOO_LARGE,
                "line of " + line.length() + " bytes, over the limit of " + config.maxLineBytes(),
                null));
      } else if (isBlank(line.bytes())) {
        stats.countBlank();
      } else {
        PipeLine parsed = parser.parse(line.bytes());
        if (parsed instanceof PipeLine.Page page) {
          publisher.publish(page.page());
        } else {
          reject(number, line.bytes(), (PipeLine.Rejected) parsed);
        }
      }
    }
    publisher.flush();
    return stats;
  }

  private void reject(long number, byte[] line, PipeLine.Rejected r) {
    stats.countRejected(r.reason());
    errors.printf(
        Locale.ROOT, "publish: line %d: %s: %s%n", number, r.reason().code(), r.message());
    errors.flush();
    publisher.publish(
        deadLetters.of(
            r.reason(),
            "line " + number + ": " + r.message(),
            r.url(),
            DeadLetters.utf8(r.url()),
            line,
            DeadLetterOrigin.NONE));
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Hands everything sent so far to Kafka; safe to call from a shutdown hook. */
  public void flush() {
    publisher.flush();
  }

  @Override
  public void close() {
    publisher.close();
  }

  private record Counting(PipeStats stats) implements PublishListener {
    @Override
    public void pagePublished(RawPage page, RecordMetadata where) {
      stats.countPublished();
    }

    @Override
    public void deadLetterPublished(DeadLetter letter, RecordMetadata where) {
      stats.countDeadLetter();
    }

    @Override
    public void sendFailed(String key, Exception error) {
      stats.countSendFailure();
    }
  }
}
