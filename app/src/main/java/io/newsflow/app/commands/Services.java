package io.newsflow.app.commands;

import io.newsflow.app.cli.KafkaOptions;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.TopicCreator;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** What the stage commands share: a required cluster, topics created at start, SIGTERM handling. */
final class Services {
  private Services() {}

  /**
   * The configured cluster, its topics created; fails with a usage error when none is configured.
   */
  static KafkaConnection connect(CommandSpec spec, KafkaOptions kafka) {
    KafkaConnection cluster = reachable(spec, kafka);
    TopicCreator.createMissing(cluster, kafka.topics());
    return cluster;
  }

  /**
   * The configured cluster once it answers (for a reader such as {@code tail}, which creates
   * nothing); fails with a usage error when none is configured.
   */
  static KafkaConnection reachable(CommandSpec spec, KafkaOptions kafka) {
    KafkaConnection cluster =
        kafka
            .cluster()
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "no Kafka cluster: give --bootstrap-servers or set KAFKA_BOOTSTRAP_SERVERS"));
    kafka.requireReachable(cluster);
    return cluster;
  }

  /** Runs stop on SIGTERM/Ctrl-C and lets the hook wait until the service has finished. */
  static CountDownLatch onShutdown(Runnable stop) {
    CountDownLatch finished = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop.run();
                  try {
                    finished.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "newsflow-shutdown"));
    return finished;
  }
}
