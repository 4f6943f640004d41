package io.newsflow.app.crash;

import io.newsflow.schema.RawPage;
import io.newsflow.schema.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.avro.SchemaNormalization;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Delivers the corpus while the kills go on, as a scraper drops pages into the folder ingest polls:
 * files move from a staging folder into the inbox at a steady rate (an atomic rename, so ingest
 * never sees half a file), and now and then a record that is not a RawPage goes straight onto the
 * raw topic (random bytes, an unknown schema fingerprint, a RawPage header over a broken body, a
 * body that claims a 2 GB string). Each input, file or record, is named by the key its article or
 * dead letter will carry.
 */
final class Feeder implements AutoCloseable {
  private static final byte[] MARKER = {(byte) 0xC3, (byte) 0x01};

  private final Path staging;
  private final Path inbox;
  private final List<String> files;
  private final int pagesPerSecond;
  private final int garbageEvery;
  private final KafkaProducer<String, byte[]> producer;
  private final List<String> inputs = new ArrayList<>();
  private final Thread thread = new Thread(this::feed, "crash-feeder");
  private final Random random;
  private volatile Exception failure;

  /**
   * @param garbageEvery one garbage record after every this many files; 0 for none
   */
  Feeder(
      Path staging,
      Path inbox,
      List<String> files,
      int pagesPerSecond,
      int garbageEvery,
      String bootstrapServers,
      long seed) {
    this.staging = staging;
    this.inbox = inbox;
    this.files = List.copyOf(files);
    this.pagesPerSecond = pagesPerSecond;
    this.garbageEvery = garbageEvery;
    this.random = new Random(seed);
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                600_000),
            new StringSerializer(),
            new ByteArraySerializer());
    for (int i = 0; i < files.size(); i++) {
      inputs.add(inbox.resolve(files.get(i)).toAbsolutePath().normalize().toUri().toString());
      if (garbageEvery > 0 && i % garbageEvery == garbageEvery - 1) {
        inputs.add(garbageKey(i));
      }
    }
  }

  /** Every input the run must account for: file URLs and garbage record keys. */
  List<String> inputs() {
    return List.copyOf(inputs);
  }

  void start() {
    thread.setDaemon(true);
    thread.start();
  }

  boolean done() throws Exception {
    if (failure != null) {
      throw failure;
    }
    return !thread.isAlive();
  }

  private void feed() {
    long start = System.nanoTime();
    try {
      for (int i = 0; i < files.size(); i++) {
        long due = start + (long) (i * 1e9 / pagesPerSecond);
        long wait = (due - System.nanoTime()) / 1_000_000;
        if (wait > 0) {
          Thread.sleep(wait);
        }
        Files.move(
            staging.resolve(files.get(i)),
            inbox.resolve(files.get(i)),
            StandardCopyOption.ATOMIC_MOVE);
        if (garbageEvery > 0 && i % garbageEvery == garbageEvery - 1) {
          // The broker may be down for a moment (it is killed too): the producer retries.
          producer.send(new ProducerRecord<>(Topics.RAW_PAGES, garbageKey(i), garbage(i)));
        }
      }
      producer.flush();
    } catch (IOException e) {
      failure = new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      failure = e;
    }
  }

  private static String garbageKey(int i) {
    return String.format(Locale.ROOT, "garbage-%05d", i);
  }

  private byte[] garbage(int i) {
    int kind = (i / Math.max(1, garbageEvery)) % 4;
    byte[] tail = new byte[1 + random.nextInt(4096)];
    random.nextBytes(tail);
    return switch (kind) {
      case 0 -> tail;
      case 1 -> concat(MARKER, longLittleEndian(random.nextLong()), tail);
      case 2 -> concat(MARKER, fingerprint(), tail);
      default ->
          // a RawPage whose first string claims to be 2 GB long
          concat(
              MARKER,
              fingerprint(),
              new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F});
    };
  }

  private static byte[] fingerprint() {
    return longLittleEndian(SchemaNormalization.parsingFingerprint64(RawPage.getClassSchema()));
  }

  private static byte[] longLittleEndian(long value) {
    return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array();
  }

  private static byte[] concat(byte[]... parts) {
    ByteBuffer all =
        ByteBuffer.allocate(java.util.Arrays.stream(parts).mapToInt(p -> p.length).sum());
    for (byte[] p : parts) {
      all.put(p);
    }
    return all.array();
  }

  @Override
  public void close() throws InterruptedException {
    thread.interrupt();
    thread.join(10_000);
    producer.close();
  }
}
