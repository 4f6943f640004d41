package io.newsflow.app.run;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.monitor.MonitorConfig;
import io.newsflow.monitor.MonitorService;
import io.newsflow.monitor.web.MonitorHttpServer;
import io.newsflow.ops.OpsServer;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.TopicSettings;
import io.newsflow.sink.SinkConfig;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;

/**
 * {@code newsflow monitor} inside {@code run}: the same service, watching the run's own groups, its
 * page on the run's endpoint server (so {@code --http-port} gives /health, /ready, /metrics and the
 * live page at one address).
 */
public final class InProcessMonitor implements AutoCloseable {
  private final MonitorService monitor;
  private final Thread thread;

  private InProcessMonitor(MonitorService monitor) {
    this.monitor = monitor;
    this.thread = new Thread(() -> monitor.run(s -> {}), "newsflow-monitor");
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts the monitor and adds its page to the server; prints the page's address. */
  public static InProcessMonitor start(
      KafkaConnection kafka,
      TopicSettings topics,
      EnrichConfig enrich,
      SinkConfig sink,
      OpsServer server,
      PrintWriter out) {
    MonitorConfig defaults = MonitorConfig.defaults();
    MonitorConfig config =
        new MonitorConfig(
            sink.groupId(),
            enrich.applicationId(),
            defaults.refresh(),
            defaults.history(),
            false,
            defaults.shortWords(),
            defaults.top(),
            defaults.examples());
    InProcessMonitor running =
        new InProcessMonitor(new MonitorService(kafka, topics, config, Clock.systemUTC()));
    MonitorHttpServer.addRoutes(server, running.monitor);
    out.println("Monitor: " + server.uri() + " (live page)");
    out.flush();
    return running;
  }

  @Override
  public void close() {
    monitor.stop();
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    monitor.close();
  }
}
