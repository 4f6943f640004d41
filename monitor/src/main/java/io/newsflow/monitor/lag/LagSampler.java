package io.newsflow.monitor.lag;

import io.newsflow.monitor.Snapshot.GroupLag;
import io.newsflow.monitor.Snapshot.PartitionLag;
import io.newsflow.monitor.Snapshot.TopicFigures;
import io.newsflow.monitor.window.Window;
import io.newsflow.monitor.window.Windowed;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Consumer lag from the admin client: each watched group's committed offsets against the
 * partitions' end offsets (read_committed), sampled at every refresh, with the history that gives
 * the trend. It reads the pipeline's groups and never joins or commits in them. Also samples the
 * raw-page topic's offsets, the monitor's only view of that topic.
 */
public final class LagSampler {
  private static final long TIMEOUT_MS = 5_000;

  /**
   * A group and the topic it consumes: its partitions count even before it commits.
   *
   * @param optional shown only while its topic exists (enrich's dedup step, which may be off)
   */
  public record Watched(String group, String inputTopic, boolean optional) {
    public Watched(String group, String inputTopic) {
      this(group, inputTopic, false);
    }
  }

  private record GroupPartition(String group, TopicPartition partition) {}

  private record OffsetSample(long time, long end) {}

  private final Admin admin;
  private final List<Watched> groups;
  private final String rawTopic;
  private final Map<TopicPartition, SeenOffsets> seen = new HashMap<>();
  private final Map<GroupPartition, LagHistory> history = new HashMap<>();
  private final Deque<OffsetSample> rawSamples = new ArrayDeque<>();
  private OffsetSample firstRawSample;
  private long rawBegin;
  private long rawEnd;

  public LagSampler(Admin admin, List<Watched> groups, String rawTopic) {
    this.admin = admin;
    this.groups = groups;
    this.rawTopic = rawTopic;
  }

  /** The monitor started reading a partition of one of its topics at this offset. */
  public void startedAt(TopicPartition tp, long offset) {
    seen.computeIfAbsent(tp, p -> new SeenOffsets()).startedAt(offset);
  }

  /** The monitor read a data record. */
  public void read(TopicPartition tp, long offset) {
    seen.computeIfAbsent(tp, p -> new SeenOffsets()).add(offset);
  }

  /**
   * Samples every group's lag, given the monitor's own positions on the partitions it reads.
   *
   * @throws KafkaUnavailable when the cluster does not answer
   */
  public List<GroupLag> sample(long now, Map<TopicPartition, Long> positions) {
    try {
      Set<String> inputs = new TreeSet<>();
      groups.forEach(g -> inputs.add(g.inputTopic()));
      inputs.add(rawTopic);
      Map<String, List<TopicPartition>> partitions = partitions(inputs);
      Map<Watched, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
      Set<TopicPartition> all = new java.util.HashSet<>();
      partitions.values().forEach(all::addAll);
      for (Watched g : groups) {
        Map<TopicPartition, OffsetAndMetadata> offsets =
            admin
                .listConsumerGroupOffsets(g.group())
                .partitionsToOffsetAndMetadata()
                .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        committed.put(g, offsets);
        all.addAll(offsets.keySet());
      }
      Map<TopicPartition, Long> ends = offsets(all, OffsetSpec.latest());
      Map<TopicPartition, Long> begins = offsets(all, OffsetSpec.earliest());
      sampleRaw(now, partitions.getOrDefault(rawTopic, List.of()), begins, ends);
      Map<String, String> states = states();
      List<GroupLag> result = new ArrayList<>();
      for (Watched g : groups) {
        if (g.optional() && !partitions.containsKey(g.inputTopic())) {
          continue;
        }
        Set<TopicPartition> tps =
            new TreeSet<>(
                java.util.Comparator.comparing(TopicPartition::topic)
                    .thenComparingInt(TopicPartition::partition));
        tps.addAll(partitions.getOrDefault(g.inputTopic(), List.of()));
        tps.addAll(committed.get(g).keySet());
        result.add(
            groupLag(
                now,
                g.group(),
                states.get(g.group()),
                tps,
                committed.get(g),
                begins,
                ends,
                positions));
      }
      return result;
    } catch (ExecutionException | TimeoutException e) {
      throw new KafkaUnavailable(e.getCause() == null ? e : e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaUnavailable(e);
    }
  }

  private GroupLag groupLag(
      long now,
      String group,
      String state,
      Collection<TopicPartition> tps,
      Map<TopicPartition, OffsetAndMetadata> committed,
      Map<TopicPartition, Long> begins,
      Map<TopicPartition, Long> ends,
      Map<TopicPartition, Long> positions) {
    List<PartitionLag> rows = new ArrayList<>();
    long total = 0;
    for (TopicPartition tp : tps) {
      long end = ends.getOrDefault(tp, 0L);
      OffsetAndMetadata c = committed.get(tp);
      long from = c == null ? begins.getOrDefault(tp, 0L) : c.offset();
      SeenOffsets read = seen.get(tp);
      long lag =
          read != null && positions.containsKey(tp)
              ? read.lag(from, positions.get(tp), end)
              : Math.max(0, end - from);
      if (read != null && c != null) {
        read.forgetBelow(from);
      }
      LagHistory h = history.computeIfAbsent(new GroupPartition(group, tp), k -> new LagHistory());
      h.add(now, lag);
      rows.add(
          new PartitionLag(
              tp.topic(),
              tp.partition(),
              c == null ? -1 : c.offset(),
              end,
              lag,
              h.trendPerSecond(now),
              h.max(now)));
      total += lag;
    }
    Windowed<Double> trend =
        Windowed.of(w -> rows.stream().mapToDouble(r -> r.trendPerSecond().get(w)).sum());
    return new GroupLag(group, state, total, trend, rows, null);
  }

  /**
   * The raw-page topic by its offsets: records it holds, and their rate from end-offset samples.
   */
  public TopicFigures rawTopic(long now) {
    OffsetSample last = rawSamples.peekLast();
    Windowed<Long> count =
        Windowed.of(
            w -> {
              if (w == Window.SINCE_START) {
                return rawEnd - rawBegin;
              }
              OffsetSample from = firstSampleSince(now - w.millis());
              return last == null || from == null ? 0L : last.end() - from.end();
            });
    Windowed<Double> rate =
        Windowed.of(
            w -> {
              OffsetSample from =
                  w == Window.SINCE_START ? firstRawSample : firstSampleSince(now - w.millis());
              if (last == null || from == null || last.time() <= from.time()) {
                return 0.0;
              }
              return (last.end() - from.end()) * 1000.0 / (last.time() - from.time());
            });
    return new TopicFigures(rawTopic, "offsets", count, rate);
  }

  private OffsetSample firstSampleSince(long time) {
    for (OffsetSample s : rawSamples) {
      if (s.time() >= time) {
        return s;
      }
    }
    return null;
  }

  private void sampleRaw(
      long now,
      List<TopicPartition> raw,
      Map<TopicPartition, Long> begins,
      Map<TopicPartition, Long> ends) {
    rawBegin = raw.stream().mapToLong(tp -> begins.getOrDefault(tp, 0L)).sum();
    rawEnd = raw.stream().mapToLong(tp -> ends.getOrDefault(tp, 0L)).sum();
    OffsetSample s = new OffsetSample(now, rawEnd);
    if (firstRawSample == null) {
      firstRawSample = s;
    }
    rawSamples.addLast(s);
    while (rawSamples.peekFirst().time() < now - Window.HOUR.millis()) {
      rawSamples.removeFirst();
    }
  }

  /** The partitions of each topic that exists; a missing one fails unless it is optional. */
  private Map<String, List<TopicPartition>> partitions(Set<String> topics)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<String, List<TopicPartition>> result = new HashMap<>();
    Map<String, TopicDescription> described = new HashMap<>();
    var futures = admin.describeTopics(topics).topicNameValues();
    for (var topic : futures.entrySet()) {
      try {
        described.put(topic.getKey(), topic.getValue().get(TIMEOUT_MS, TimeUnit.MILLISECONDS));
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)
            || !optional(topic.getKey())) {
          throw e;
        }
      }
    }
    described.forEach(
        (name, d) ->
            result.put(
                name,
                d.partitions().stream()
                    .map(p -> new TopicPartition(name, p.partition()))
                    .toList()));
    return result;
  }

  private boolean optional(String topic) {
    return groups.stream().anyMatch(g -> g.optional() && g.inputTopic().equals(topic));
  }

  private Map<TopicPartition, Long> offsets(Set<TopicPartition> tps, OffsetSpec spec)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    tps.forEach(tp -> request.put(tp, spec));
    Map<TopicPartition, ListOffsetsResultInfo> info =
        admin
            .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
            .all()
            .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    Map<TopicPartition, Long> result = new HashMap<>();
    info.forEach((tp, i) -> result.put(tp, i.offset()));
    return result;
  }

  private Map<String, String> states()
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<String, String> result = new HashMap<>();
    Map<String, ConsumerGroupDescription> described =
        admin
            .describeConsumerGroups(groups.stream().map(Watched::group).toList())
            .all()
            .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    described.forEach((g, d) -> result.put(g, String.valueOf(d.groupState())));
    return result;
  }

  /** The cluster did not answer the admin client. */
  public static final class KafkaUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KafkaUnavailable(Throwable cause) {
      super(cause.getMessage(), cause);
    }
  }
}
