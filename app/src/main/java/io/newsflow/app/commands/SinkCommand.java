package io.newsflow.app.commands;

import io.newsflow.app.cli.HttpOptions;
import io.newsflow.app.cli.InstanceOptions;
import io.newsflow.app.cli.KafkaOptions;
import io.newsflow.app.cli.OutputDirCheck;
import io.newsflow.app.cli.ProgressOption;
import io.newsflow.app.cli.SinkOptions;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import io.newsflow.schema.deadletter.Stage;
import io.newsflow.sink.SinkListener;
import io.newsflow.sink.SinkService;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsflow sink}: writes articles as JSON lines until stopped. */
@Command(
    name = "sink",
    mixinStandardHelpOptions = true,
    description =
        "Consumes articles and appends them as JSON lines to rolling files, once per article id.")
public final class SinkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin KafkaOptions kafka;
  @Mixin SinkOptions sinkOptions;
  @Mixin InstanceOptions instance;

  @Mixin ProgressOption progressOption;
  @Mixin HttpOptions http;

  /** Articles written and skipped as already stored, and the dead letters by reason. */
  static String line(SinkService sink, double seconds) {
    DeadLetterCounts dead = sink.deadLetterCounts();
    return String.format(
        Locale.ROOT,
        "articles written %s, already stored %d, dead letters %d %s",
        ProgressLine.countAndRate(sink.stats().writtenCount(), seconds),
        sink.stats().duplicateCount(),
        dead.total(Stage.SINK),
        dead.byCode(Stage.SINK));
  }

  @Override
  public Integer call() throws Exception {
    OutputDirCheck.requireWritable(sinkOptions.config().outDir());
    KafkaConnection cluster = Services.connect(spec, kafka);
    SinkService sink =
        new SinkService(
            cluster,
            kafka.topics(),
            sinkOptions.config(),
            instance.membership(),
            SinkListener.NONE,
            Clock.systemUTC());
    OpsEndpoint ops = OpsEndpoint.open(http.config(), "sink", cluster);
    ops.bind(sink::bindMetrics);
    CountDownLatch finished = Services.onShutdown(sink::stop);
    spec.commandLine()
        .getOut()
        .println("sink: writing to " + sinkOptions.config().outDir().toAbsolutePath());
    spec.commandLine().getOut().flush();
    ops.serve(sink::readiness, spec.commandLine().getOut());
    try (ProgressLine progress =
        new ProgressLine(
            spec.commandLine().getErr(),
            progressOption.interval(),
            seconds -> line(sink, seconds))) {
      sink.run();
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "sink: %d articles written, %d duplicates skipped%n",
              sink.stats().writtenCount(),
              sink.stats().duplicateCount());
      spec.commandLine().getOut().flush();
    } finally {
      ops.close();
      finished.countDown(); // only now may a SIGTERM hook let the JVM end
    }
    return 0;
  }
}
