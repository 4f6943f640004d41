package io.newsflow.app.commands;

import io.newsflow.app.cli.HttpOptions;
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

  /** The live page, beside /health, /ready and /metrics, on --http-port. */
  @Mixin HttpOptions http;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    KafkaConnection cluster = Services.connect(spec, kafka);
    try (MonitorService monitor =
            new MonitorService(
                cluster, kafka.topics(), monitorOptions.config(), Clock.systemUTC());
        OpsEndpoint ops = OpsEndpoint.open(http.config(), "monitor", cluster)) {
      if (once) {
        print(out, monitor.once(), false);
        return 0;
      }
      CountDownLatch finished = Services.onShutdown(monitor::stop);
      try {
        ops.bind(registry -> MonitorHttpServer.registerGauges(monitor, registry));
        // stderr: with --json, standard output is the snapshots alone
        ops.serve(monitor::readiness, err)
            .ifPresent(
                server -> {
                  MonitorHttpServer.addRoutes(server, monitor);
                  err.println("monitor: live page at " + server.uri());
                  err.flush();
                });
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
