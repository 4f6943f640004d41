package io.newsflow.schema;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the pipeline's topics ({@link TopicSettings#newTopics()}) that do not exist yet; existing
 * topics are left as they are.
 *
 * <p>A creation returns once the controller has it, and brokers learn of it from the controller's
 * metadata a moment later: a client asking a broker in between is told the topic does not exist.
 * Kafka Streams then leaves the topic out of its assignment, replaces its stream thread, and the
 * group waits out the lost member's session (seconds of silence at a start). So the creator returns
 * only once the brokers describe every wanted topic with a leader for each partition.
 */
public final class TopicCreator {
  private static final long TIMEOUT_SECONDS = 60;
  private static final long AWAIT_STEP_MILLIS = 20;

  private TopicCreator() {}

  public static void createMissing(KafkaConnection kafka, TopicSettings topics) {
    try (Admin admin = Admin.create(kafka.clientConfig())) {
      createMissing(admin, topics);
    }
  }

  public static void createMissing(Admin admin, TopicSettings topics) {
    createMissing(admin, topics.newTopics());
  }

  /**
   * Creates the topics of {@code wanted} that do not exist yet, and returns once brokers serve all
   * of them.
   *
   * @return the names of the topics this call created
   */
  public static Set<String> createMissing(Admin admin, List<NewTopic> wanted) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    try {
      Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
      Set<String> created = Set.of();
      if (!missing.isEmpty()) {
        try {
          admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
          created = missing.stream().map(NewTopic::name).collect(Collectors.toUnmodifiableSet());
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) { // another instance was faster
            throw new IllegalStateException(
                "could not create topics: " + e.getCause(), e.getCause());
          }
        }
      }
      awaitServed(admin, wanted.stream().map(NewTopic::name).toList(), deadline);
      return created;
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not create topics: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka did not answer within " + TIMEOUT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }

  /** Waits until a broker describes each topic with a leader for every partition. */
  private static void awaitServed(Admin admin, List<String> names, long deadline)
      throws ExecutionException, InterruptedException, TimeoutException {
    while (!served(admin, names)) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("topics not served by a broker yet: " + names);
      }
      Thread.sleep(AWAIT_STEP_MILLIS);
    }
  }

  private static boolean served(Admin admin, List<String> names)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<String, TopicDescription> described;
    try {
      described =
          admin.describeTopics(names).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return false;
      }
      throw e;
    }
    return described.values().stream()
        .allMatch(t -> t.partitions().stream().allMatch(p -> p.leader() != null));
  }
}
