package io.newsflow.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the pipeline's topics that do not exist yet; existing topics are left as they are. */
public final class TopicCreator {
  private static final long TIMEOUT_SECONDS = 60;

  private TopicCreator() {}

  public static void createMissing(Map<String, Object> adminConfig, TopicSettings topics) {
    try (Admin admin = Admin.create(adminConfig)) {
      createMissing(admin, topics);
    }
  }

  public static void createMissing(Admin admin, TopicSettings topics) {
    String maxBytes = Integer.toString(topics.maxMessageBytes());
    Map<String, String> bigRecords = Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes);
    List<NewTopic> wanted = new ArrayList<>();
    wanted.add(newTopic(topics.rawPages(), topics).configs(bigRecords));
    wanted.add(newTopic(topics.articles(), topics).configs(bigRecords));
    wanted.add(newTopic(topics.deadLetter(), topics).configs(bigRecords));
    try {
      Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      }
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) { // another instance was faster
        throw new IllegalStateException("could not create topics: " + e.getCause(), e.getCause());
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka did not answer within " + TIMEOUT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }

  private static NewTopic newTopic(String name, TopicSettings topics) {
    return new NewTopic(name, topics.partitions(), topics.replicationFactor());
  }
}
