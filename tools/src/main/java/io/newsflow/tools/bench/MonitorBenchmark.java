package io.newsflow.tools.bench;

import io.newsflow.monitor.MonitorConfig;
import io.newsflow.monitor.MonitorState;
import io.newsflow.monitor.Snapshot;
import io.newsflow.monitor.SnapshotJson;
import io.newsflow.schema.Article;
import io.newsflow.schema.Entity;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.Topics;
import io.newsflow.schema.TrustedSchemaClasses;
import io.newsflow.schema.deadletter.DeadLetterOrigin;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.DeadLetters;
import io.newsflow.schema.deadletter.Stage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The monitor's own cost: CPU time to decode and count each record of the articles and dead-letter
 * topics (what its polling thread does per record) plus one snapshot per refresh, as the share of a
 * core it takes per 1,000 records/s. Records are Avro-encoded articles of realistic shape (500
 * words, 15 entities, 200 sites) with one dead letter in ten; event time advances at the measured
 * rate, so the windows slide and expire as in production. The Kafka fetch itself is not counted.
 *
 * <p>Usage: {@code MonitorBenchmark [records] [rate-per-second] [rounds]}
 */
public final class MonitorBenchmark {
  private static final DeadLetterReason[] REASONS = {
    DeadLetterReason.NOT_HTML, DeadLetterReason.EMPTY_AFTER_EXTRACTION, DeadLetterReason.HTTP_STATUS
  };

  private MonitorBenchmark() {}

  public static void main(String[] args) {
    TrustedSchemaClasses.register();
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<byte[]> encoded = records(records, new Random(3));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf(
        Locale.ROOT,
        "%d records (%.1f MB encoded), event time at %d records/s, a snapshot every 2 s of it%n",
        records,
        encoded.stream().mapToLong(b -> b.length).sum() / 1e6,
        rate);
    for (int round = 0; round < rounds; round++) {
      long t0 = 1_800_000_000_000L;
      MonitorState state = new MonitorState(MonitorConfig.defaults(), t0, t0);
      long snapshotNanos = 0;
      int snapshots = 0;
      long nextSnapshot = t0 + 2_000;
      long cpu = threads.getCurrentThreadCpuTime();
      long jsonBytes = 0;
      for (int i = 0; i < encoded.size(); i++) {
        long now = t0 + i * 1000L / rate;
        byte[] value = encoded.get(i);
        if (i % 10 == 9) {
          state.deadLetter(Topics.DEAD_LETTER, Topics.DEAD_LETTER_SERDE.decode(value), now, now);
        } else {
          state.article(Topics.ARTICLES, Topics.ARTICLE_SERDE.decode(value), now, now);
        }
        if (now >= nextSnapshot) {
          long s0 = threads.getCurrentThreadCpuTime();
          Snapshot s =
              state.snapshot(
                  now, List.of(Topics.ARTICLES, Topics.DEAD_LETTER), List.of(), List.of());
          jsonBytes = SnapshotJson.line(s).length();
          snapshotNanos += threads.getCurrentThreadCpuTime() - s0;
          snapshots++;
          nextSnapshot += 2_000;
        }
      }
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      double eventSeconds = encoded.size() / (double) rate;
      System.out.printf(
          Locale.ROOT,
          "round %d: %.2f s CPU for %.0f s of traffic: %.1f%% of a core per 1,000 records/s"
              + " (records %.1f µs each, snapshot %.1f ms each, %d snapshots of %d kB JSON)%n",
          round + 1,
          cpuSeconds,
          eventSeconds,
          100 * cpuSeconds / eventSeconds * 1000.0 / rate,
          (cpuSeconds - snapshotNanos / 1e9) / encoded.size() * 1e6,
          snapshots == 0 ? 0 : snapshotNanos / 1e6 / snapshots,
          snapshots,
          jsonBytes / 1024);
    }
  }

  private static List<byte[]> records(int n, Random random) {
    String[] words =
        "the council said on tuesday that harbour plan would bring new jobs city mayor spring work debate approved residents waited years decision"
            .split(" ");
    List<byte[]> out = new ArrayList<>(n);
    DeadLetters letters = new DeadLetters(Stage.ENRICH, Clock.systemUTC());
    for (int i = 0; i < n; i++) {
      String site = "site" + random.nextInt(200) + ".example";
      String url = "https://www." + site + "/news/" + i;
      if (i % 10 == 9) {
        out.add(
            Topics.DEAD_LETTER_SERDE.encode(
                letters.of(
                    REASONS[random.nextInt(REASONS.length)],
                    "2 words of article text, fewer than 20",
                    url,
                    null,
                    null,
                    DeadLetterOrigin.NONE)));
        continue;
      }
      StringBuilder text = new StringBuilder();
      int wordCount = 80 + random.nextInt(900);
      for (int w = 0; w < wordCount; w++) {
        text.append(words[random.nextInt(words.length)]).append(w % 25 == 24 ? ".\n\n" : " ");
      }
      List<Entity> entities = new ArrayList<>();
      for (int e = 0; e < 15; e++) {
        entities.add(
            Entity.newBuilder()
                .setType(e % 3 == 0 ? "PER" : e % 3 == 1 ? "ORG" : "LOC")
                .setName("Entity " + random.nextInt(2_000))
                .setCount(1 + random.nextInt(5))
                .build());
      }
      Instant fetched = Instant.ofEpochMilli(1_800_000_000_000L + i);
      out.add(
          Topics.ARTICLE_SERDE.encode(
              Article.newBuilder()
                  .setId(Integer.toHexString(i))
                  .setUrl(url)
                  .setCanonicalUrl(url)
                  .setTitle(random.nextInt(20) == 0 ? null : "Story " + i)
                  .setAuthors(random.nextInt(4) == 0 ? List.of() : List.of("Jane Smith"))
                  .setPublishedTime(random.nextInt(5) == 0 ? null : "2026-05-01T10:00:00Z")
                  .setLanguage(random.nextInt(10) == 0 ? "de" : "en")
                  .setText(text.toString())
                  .setWordCount(wordCount)
                  .setEntities(entities)
                  .setRaw(
                      RawPageRef.newBuilder()
                          .setTopic(Topics.RAW_PAGES)
                          .setPartition(0)
                          .setOffset(i)
                          .setRequestedUrl(url)
                          .setFetchedAt(fetched)
                          .build())
                  .setExtractedAt(fetched.plusMillis(200 + random.nextInt(3_000)))
                  .build()));
    }
    return out;
  }
}
