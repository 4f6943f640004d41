package io.newsflow.schema;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the pipeline's topics ({@link TopicSettings#newTopics()}) that do not exist yet; existing
 * topics are left as they are.
 */
public final class TopicCreator {
  private static final long TIMEOUT_SECONDS = 60;

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
   * Creates the topics of {@code wanted} that do not exist yet.
   *
   * @return the names of the topics this call created
   */
  public static Set<String> createMissing(Admin admin, List<NewTopic> wanted) {
    try {
      Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      }
      return missing.stream().map(NewTopic::name).collect(Collectors.toUnmodifiableSet());
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) { // another instance was faster
        throw new IllegalStateException("could not create topics: " + e.getCause(), e.getCause());
      }
      return Set.of();
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka did not answer within " + TIMEOUT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }
}
