package io.newsflow.app.crash;

import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded broker as a process of its own, on fixed ports, so the crash harness can kill it
 * with -9 and start it again as the same broker. Args: data directory, broker port, controller
 * port.
 */
public final class BrokerProcess {
  private BrokerProcess() {}

  public static void main(String[] args) throws InterruptedException {
    EmbeddedKafkaBroker broker =
        EmbeddedKafkaBroker.start(
            Path.of(args[0]), 16 << 20, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  broker.close();
                  closed.countDown();
                }));
    System.out.println("broker ready at " + broker.bootstrapServers());
    System.out.flush();
    closed.await();
  }
}
