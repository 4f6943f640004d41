package io.newsflow.app.crash;

import io.newsflow.schema.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Samples, a few times a second, how far each stage's group has committed and how far its input
 * topic goes. Output flows again after a kill once the group has committed past where it stood on
 * every partition that had work waiting: for enrich, also the partitions of the killed instance.
 */
final class RecoveryWatch implements AutoCloseable {
  static final String ENRICH_GROUP = "newsflow-enrich";
  static final String SINK_GROUP = "newsflow-sink";

  /**
   * Shorter than any restart (a JVM starts in a second at best), longer than a commit in flight.
   */
  private static final long SETTLE_MILLIS = 500;

  private record Sample(
      long at, Map<TopicPartition, Long> committed, Map<TopicPartition, Long> end) {}

  private final Admin admin;
  private final Map<String, List<Sample>> samples =
      Map.of(ENRICH_GROUP, new CopyOnWriteArrayList<>(), SINK_GROUP, new CopyOnWriteArrayList<>());
  private final Thread sampler = new Thread(this::sampleUntilClosed, "recovery-watch");
  private volatile boolean closed;
  private volatile Exception lastFailure;

  RecoveryWatch(String bootstrapServers) {
    admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000));
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sampleUntilClosed() {
    while (!closed) {
      sample(ENRICH_GROUP, Topics.RAW_PAGES);
      sample(SINK_GROUP, Topics.ARTICLES);
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sample(String group, String topic) {
    try {
      Map<TopicPartition, Long> committed =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get(3, TimeUnit.SECONDS)
              .entrySet()
              .stream()
              .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
              .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      admin
          .describeTopics(List.of(topic))
          .allTopicNames()
          .get(3, TimeUnit.SECONDS)
          .get(topic)
          .partitions()
          .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
      Map<TopicPartition, Long> end =
          admin
              .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
              .all()
              .get(3, TimeUnit.SECONDS)
              .entrySet()
              .stream()
              .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
      samples.get(group).add(new Sample(System.currentTimeMillis(), committed, end));
    } catch (Exception e) {
      lastFailure = e; // the broker is down or busy: no sample this time
    }
  }

  /**
   * Milliseconds from the kill until the group has committed past where it stood at the kill on
   * every partition that had work waiting since (a stage that is caught up shows nothing until new
   * work comes); null when no work came, or it never recovered.
   */
  Long recoveryMillis(String group, long killedAt) {
    List<Sample> all = samples.get(group);
    // Where the group stood just after the kill: a sample from before it may miss the victim's
    // last commit, which would then pass for a recovery. Nothing restarts within the settle time.
    Sample atKill = null;
    for (Sample s : all) {
      if (s.at() >= killedAt + SETTLE_MILLIS) {
        atKill = s;
        break;
      }
    }
    if (atKill == null) {
      return null;
    }
    Map<TopicPartition, Long> before = atKill.committed();
    java.util.Set<TopicPartition> waiting = new java.util.HashSet<>();
    for (Sample s : all) {
      if (s.at() <= atKill.at()) {
        continue;
      }
      s.end()
          .forEach(
              (p, end) -> {
                if (s.committed().getOrDefault(p, 0L) < end) {
                  waiting.add(p);
                }
              });
      if (!waiting.isEmpty()
          && waiting.stream()
              .allMatch(p -> s.committed().getOrDefault(p, 0L) > before.getOrDefault(p, 0L))) {
        return s.at() - killedAt;
      }
    }
    return null;
  }

  /** For the run's log: how many samples were taken, and the last failure to take one. */
  String describe() {
    return "recovery watch: "
        + samples.get(ENRICH_GROUP).size()
        + " samples of enrich, "
        + samples.get(SINK_GROUP).size()
        + " of the sink; last failure: "
        + lastFailure;
  }

  @Override
  public void close() throws InterruptedException {
    closed = true;
    sampler.join(5000);
    admin.close();
  }
}
