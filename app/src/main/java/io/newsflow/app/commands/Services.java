package io.newsflow.app.commands;

import io.newsflow.app.cli.KafkaOptions;
import io.newsflow.schema.TopicCreator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** What the stage commands share: a required cluster, topics created at start, SIGTERM handling. */
final class Services {
  private Services() {}

  /** Client config for the given cluster; fails with a usage error when none is configured. */
  static Map<String, Object> connect(CommandSpec spec, KafkaOptions kafka) {
    String bootstrap = kafka.bootstrapServers();
    if (bootstrap == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no Kafka cluster: give --bootstrap-servers or set KAFKA_BOOTSTRAP_SERVERS");
    }
    Map<String, Object> client = kafka.clientConfig(bootstrap);
    TopicCreator.createMissing(client, kafka.topics());
    return client;
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
