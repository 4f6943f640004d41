package io.newsflow.app.commands;

import io.newsflow.app.cli.UserError;
import io.newsflow.app.cli.WorkDirOption;
import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import io.newsflow.schema.KafkaConnection;
import io.newsflow.schema.TopicCreator;
import io.newsflow.schema.TopicSettings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow broker}: only the embedded Kafka broker, on a fixed loopback port, until stopped,
 * so separate processes ({@code publish}, {@code ingest}, {@code enrich}, {@code sink}, kcat, your
 * own consumer) can share it.
 */
@Command(
    name = "broker",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the embedded Kafka broker on 127.0.0.1:--kafka-port with the pipeline's topics, prints"
          + " its address and runs until stopped (SIGTERM or Ctrl-C).",
      "Point the other commands at it with --bootstrap-servers 127.0.0.1:PORT."
    })
public final class BrokerCommand implements Callable<Integer> {
  public static final int DEFAULT_PORT = 9092;

  @Spec CommandSpec spec;
  @Mixin WorkDirOption work;

  @Option(
      names = "--kafka-port",
      defaultValue = "" + DEFAULT_PORT,
      paramLabel = "PORT",
      description = "Port on 127.0.0.1. Default: ${DEFAULT-VALUE}.")
  int kafkaPort;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    TopicSettings topics = TopicSettings.defaults();
    EmbeddedKafkaBroker broker =
        portChecked(
            kafkaPort,
            () ->
                EmbeddedKafkaBroker.start(
                    work.workDir().resolve("kafka"), topics.maxMessageBytes(), kafkaPort));
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopped.countDown();
                  await(closed);
                },
                "newsflow-shutdown"));
    try {
      TopicCreator.createMissing(KafkaConnection.to(broker.bootstrapServers()), topics);
      out.println("Kafka: " + broker.bootstrapServers() + " (embedded broker; stop with Ctrl-C)");
      out.println(
          "  e.g. ./newsflow publish --bootstrap-servers "
              + broker.bootstrapServers()
              + " < pages.jsonl");
      out.flush();
      stopped.await();
    } finally {
      broker.close();
      closed.countDown();
    }
    return 0;
  }

  /** Starts what binds the port; a port in use is the user's to change, in one line. */
  static <T> T portChecked(int port, Supplier<T> start) {
    if (port < 0 || port > 65535) {
      throw UserError.badValue(
          "--kafka-port",
          port,
          "not a port",
          "give a port from 1 to 65535 (run: 0 picks a free one)");
    }
    try {
      return start.get();
    } catch (EmbeddedKafkaBroker.PortInUseException e) {
      throw UserError.badValue(
          "--kafka-port",
          port,
          e.getMessage(),
          "give a free port, or use the broker there with --bootstrap-servers 127.0.0.1:" + port);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
