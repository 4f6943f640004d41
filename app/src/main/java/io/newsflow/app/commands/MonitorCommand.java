package io.newsflow.app.commands;

import io.newsflow.app.cli.KafkaOptions;
import io.newsflow.app.cli.MonitorOptions;
import io.newsflow.monitor.MonitorService;
import io.newsflow.monitor.Snapshot;
import io.newsflow.monitor.SnapshotJson;
import io.newsflow.monitor.TerminalView;
import io.newsflow.monitor.web.MonitorHttpServer;
import io.newsflow.schema.KafkaConnection;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow monitor}: the pipeline seen through its topics, in a terminal or a browser. */
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    description = {
      "Watches the pipeline through its topics: records per second, consumer lag and its trend,"
          + " fetch-to-article latency, dead letters by reason, extraction health per site, top"
          + " entities and sites; over the last minute, the last hour and since start.",
      "Reads news.articles and news.dead-letter without a consumer group (it never commits),"
          + " the raw topic's offsets only, and the lag of the sink and enrich groups."
    })
public final class MonitorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin KafkaOptions kafka;
  @Mixin MonitorOptions monitorOptions;

  @Option(
      names = "--once",
      description = "Print one snapshot (after reading the history) and exit.")
  boolean once;

  @Option(names = "--json", description = "Print snapshots as JSON, one object a line.")
  boolean json;

  @Option(
      names = "--http-port",
      paramLabel = "PORT",
      description = "Serve the live web page on this port (0: a free one). Default: no page.")
  Integer httpPort;

  @Option(
      names = "--http-host",
      defaultValue = "127.0.0.1",
      description = "Address the web page listens on (0.0.0.0 for all). Default: ${DEFAULT-VALUE}.")
  String httpHost;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    KafkaConnection cluster = Services.connect(spec, kafka);
    try (MonitorService monitor =
        new MonitorService(cluster, kafka.topics(), monitorOptions.config(), Clock.systemUTC())) {
      if (once) {
        print(out, monitor.once(), false);
        return 0;
      }
      CountDownLatch finished = Services.onShutdown(monitor::stop);
      try (MonitorHttpServer http =
          httpPort == null ? null : new MonitorHttpServer(monitor, httpHost, httpPort)) {
        if (http != null) {
          spec.commandLine().getErr().println("monitor: page at " + http.uri());
          spec.commandLine().getErr().flush();
        }
        boolean console = !json && System.console() != null;
        monitor.run(s -> print(out, s, console));
      } finally {
        finished.countDown();
      }
    }
    return 0;
  }

  private void print(PrintWriter out, Snapshot s, boolean inPlace) {
    if (json) {
      out.println(SnapshotJson.line(s));
    } else {
      out.print((inPlace ? TerminalView.CLEAR : "\n") + TerminalView.render(s));
    }
    out.flush();
  }
}
