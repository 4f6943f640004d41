package io.newsflow.app.cli;

import io.newsflow.schema.KafkaConnection;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;

/**
 * Checks at start that the configured cluster answers, so a wrong address or a broker that is down
 * is one line after a short wait, not a stack trace after the client's minute of retries.
 */
public final class ReachableCluster {
  public static final String DEFAULT_TIMEOUT_TEXT = "PT15S";

  private ReachableCluster() {}

  public static void require(KafkaConnection kafka, Duration timeout) {
    Map<String, Object> config = new HashMap<>(kafka.clientConfig());
    int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
    Admin admin;
    try {
      admin = Admin.create(config);
    } catch (KafkaException e) {
      throw unreachable(kafka, "no address of it resolves");
    }
    try {
      admin.describeCluster().nodes().get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw noAnswer(kafka, timeout);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
        throw noAnswer(kafka, timeout); // the client's own timeout came first
      }
      throw unreachable(kafka, "the cluster refused the request: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable(kafka, "interrupted while connecting");
    } finally {
      admin.close(Duration.ZERO);
    }
  }

  private static UserError noAnswer(KafkaConnection kafka, Duration timeout) {
    return unreachable(
        kafka,
        "no Kafka broker answered within " + timeout.toMillis() / 1000.0 + " s (--kafka-wait)");
  }

  private static UserError unreachable(KafkaConnection kafka, String problem) {
    return new UserError(
        "--bootstrap-servers "
            + kafka.bootstrapServers()
            + ": "
            + problem
            + "; check the address, or start a local broker with `newsflow broker`",
        UserError.UNAVAILABLE);
  }
}
