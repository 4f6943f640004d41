package io.newsflow.ops;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Ready while the cluster answers a describe-cluster within the timeout; one admin client kept open
 * for all checks, so a probe every few seconds costs one small request.
 */
public final class KafkaReachable implements ReadinessCheck, AutoCloseable {
  private final Admin admin;
  private final Duration timeout;

  /**
   * @param adminConfig the service's connection settings (bootstrap servers, security)
   */
  public KafkaReachable(Map<String, Object> adminConfig, Duration timeout) {
    Map<String, Object> config = new java.util.HashMap<>(adminConfig);
    config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-ready");
    this.admin = Admin.create(config);
    this.timeout = timeout;
  }

  @Override
  public Readiness check() {
    try {
      int nodes =
          admin
              .describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
              .nodes()
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
              .size();
      return Readiness.ready("Kafka reachable (" + nodes + " brokers)");
    } catch (ExecutionException | TimeoutException e) {
      return Readiness.notReady("Kafka not reachable within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Readiness.notReady("interrupted");
    }
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(1));
  }
}
