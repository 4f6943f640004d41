package io.newsflow.schema;

import java.util.Collection;
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
 * metadata a moment later (about half a second on the embedded broker): a client asking a broker in
 * between is told the topic does not exist. Kafka Streams then leaves a source topic out of its
 * assignment, replaces its stream thread, and the group waits out the lost member's session (15 s
 * of silence at a start). So a stage that needs its topics served calls {@link #awaitServed} before
 * it starts its clients; other work can go on meanwhile.
 */
public final class TopicCreator {
  private static final long TIMEOUT_SECONDS = 60;
  private static final long AWAIT_STEP_MILLIS = 20;

  private TopicCreator() {}

  /**
   * Creates the pipeline's missing topics and returns once the brokers serve them: a client that
   * asks right after (kcat -L, a consumer subscribing) sees them, not the controller's state alone.
   */
  public static void createMissing(KafkaConnection kafka, TopicSettings topics) {
    try (Admin admin = Admin.create(kafka.clientConfig())) {
      createMissing(admin, topics);
      awaitServed(admin, topics.newTopics().stream().map(NewTopic::name).toList());
    }
  }

  public static void createMissing(Admin admin, TopicSettings topics) {
    createMissing(admin, topics.newTopics());
  }

  /**
   * Creates the topics of {@code wanted} that do not exist yet (brokers may not serve them yet:
   * {@link #awaitServed}).
   *
   * @return the names of the topics this call created
   */
  public static Set<String> createMissing(Admin admin, List<NewTopic> wanted) {
    return ask(
        "create topics",
        () -> {
          Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
          List<NewTopic> missing =
              wanted.stream().filter(t -> !existing.contains(t.name())).toList();
          if (missing.isEmpty()) {
            return Set.of();
          }
          try {
            admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
          } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) { // another instance was faster
              return Set.of();
            }
            throw e;
          }
          return missing.stream().map(NewTopic::name).collect(Collectors.toUnmodifiableSet());
        });
  }

  /** Returns once a broker describes each topic with a leader for every partition. */
  public static void awaitServed(Admin admin, Collection<String> names) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    ask(
        "wait for topics",
        () -> {
          while (!served(admin, names)) {
            if (System.nanoTime() > deadline) {
              throw new IllegalStateException(
                  "Kafka did not serve the topics within " + TIMEOUT_SECONDS + " s: " + names);
            }
            Thread.sleep(AWAIT_STEP_MILLIS);
          }
          return null;
        });
  }

  /** A call to Kafka's admin API. */
  private interface AdminCall<T> {
    T call() throws ExecutionException, InterruptedException, TimeoutException;
  }

  /** The call's answer; its failure as an IllegalStateException saying what could not be done. */
  private static <T> T ask(String what, AdminCall<T> call) {
    try {
      return call.call();
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not " + what + ": " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka did not answer within " + TIMEOUT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asked to " + what, e);
    }
  }

  private static boolean served(Admin admin, Collection<String> names)
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
