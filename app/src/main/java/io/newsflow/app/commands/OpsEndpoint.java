package io.newsflow.app.commands;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.app.cli.UserError;
import io.newsflow.ops.KafkaReachable;
import io.newsflow.ops.OpsConfig;
import io.newsflow.ops.OpsServer;
import io.newsflow.ops.ReadinessCheck;
import io.newsflow.ops.ServiceMetrics;
import io.newsflow.schema.KafkaConnection;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A service's endpoints: its registry (the service binds its meters to it before starting), then
 * the server, ready when Kafka answers and the stage's own check passes. Without {@code
 * --http-port} every call does nothing, so a command uses it the same either way.
 */
public final class OpsEndpoint implements AutoCloseable {
  private static final Duration KAFKA_CHECK_TIMEOUT = Duration.ofSeconds(2);

  private final String service;
  private final Optional<InetSocketAddress> address;
  private final ServiceMetrics metrics;
  private final KafkaReachable kafkaReachable;
  private volatile OpsServer server;

  private OpsEndpoint(
      String service, Optional<InetSocketAddress> address, KafkaConnection cluster) {
    this.service = service;
    this.address = address;
    this.metrics = address.isPresent() ? ServiceMetrics.create(service) : null;
    this.kafkaReachable =
        address.isPresent()
            ? new KafkaReachable(cluster.clientConfig(), KAFKA_CHECK_TIMEOUT)
            : null;
  }

  public static OpsEndpoint open(OpsConfig config, String service, KafkaConnection cluster) {
    return new OpsEndpoint(service, config.address(), cluster);
  }

  /** Lets the service bind its meters; not called when the endpoints are off. */
  public void bind(Consumer<MeterRegistry> binder) {
    if (metrics != null) {
      binder.accept(metrics.registry());
    }
  }

  /**
   * Starts serving and prints the address; a port that cannot be bound is a one-line user error.
   * Empty when the endpoints are off.
   */
  public Optional<OpsServer> serve(ReadinessCheck stage, PrintWriter out) {
    if (address.isEmpty()) {
      return Optional.empty();
    }
    InetSocketAddress at = address.get();
    try {
      server = OpsServer.start(at, metrics.registry(), kafkaReachable.and(stage));
    } catch (UncheckedIOException e) {
      throw new UserError(
          "--http-port "
              + at.getPort()
              + ": cannot listen on "
              + at.getHostString()
              + ":"
              + at.getPort()
              + " ("
              + e.getCause().getMessage()
              + "); give a free port, or 0 for any");
    }
    out.println(service + ": /health, /ready and /metrics on " + server.uri());
    out.flush();
    return Optional.of(server);
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
    if (kafkaReachable != null) {
      kafkaReachable.close();
    }
    if (metrics != null) {
      metrics.close();
    }
  }
}
