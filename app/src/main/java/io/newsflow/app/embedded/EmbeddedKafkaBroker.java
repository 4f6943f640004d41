package io.newsflow.app.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker and controller) in this JVM,
 * listening on loopback only on free ports, with its data under a work directory. A directory that
 * was formatted before is reused, so topics and committed offsets survive a restart.
 *
 * <p>Internal topics (consumer offsets, transaction state) get replication factor 1 and min ISR 1:
 * with the defaults of 3 a single node never creates them and exactly-once processing hangs.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
  private static final String HOST = "127.0.0.1";
  private static final int NODE_ID = 1;

  private final KafkaRaftServer server;
  private final String bootstrapServers;

  private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  /** Starts the broker on a free port and returns once it answers an admin request. */
  public static EmbeddedKafkaBroker start(Path dataDir, int maxMessageBytes) {
    return start(dataDir, maxMessageBytes, 0);
  }

  /**
   * Starts the broker on {@code port} (0: a free one) and returns once it answers an admin request.
   *
   * @throws PortInUseException when the port is taken
   */
  public static EmbeddedKafkaBroker start(Path dataDir, int maxMessageBytes, int port) {
    int[] ports = freePorts(2);
    int brokerPort = port == 0 ? ports[0] : requireFree(port);
    int controllerPort = ports[1] == brokerPort ? ports[0] : ports[1];
    return start(dataDir, maxMessageBytes, brokerPort, controllerPort);
  }

  /**
   * On given ports: a broker started again on the same ports and data is the same broker to its
   * clients (the crash harness restarts one so).
   */
  public static EmbeddedKafkaBroker start(
      Path dataDir, int maxMessageBytes, int brokerPort, int controllerPort) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the broker's data directory " + dataDir, e);
    }
    Properties props = brokerProperties(dataDir, brokerPort, controllerPort, maxMessageBytes);
    KafkaConfig config = KafkaConfig.fromProps(props, false);
    formatIfNew(dataDir);
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    server.startup();
    String bootstrap = HOST + ":" + brokerPort;
    EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, bootstrap);
    broker.awaitReady(Duration.ofSeconds(60));
    LOG.info("embedded Kafka broker at {} (data in {})", bootstrap, dataDir);
    return broker;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  static Properties brokerProperties(
      Path dataDir, int brokerPort, int controllerPort, int maxMessageBytes) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", Integer.toString(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
    p.put(
        "listeners",
        "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("log.dirs", dataDir.toAbsolutePath().toString());
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "5");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "5");
    // The broker looks for transactions past their timeout every 10 s by default: a killed enrich's
    // open transaction would hold back read_committed readers up to 10 s longer than it must.
    p.put("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("default.replication.factor", "1");
    p.put("min.insync.replicas", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("auto.create.topics.enable", "false");
    p.put("message.max.bytes", Integer.toString(maxMessageBytes));
    p.put("replica.fetch.max.bytes", Integer.toString(maxMessageBytes));
    return p;
  }

  /** Formats the storage on first use; a formatted directory keeps its cluster id. */
  private static void formatIfNew(Path dataDir) {
    if (Files.exists(dataDir.resolve("meta.properties"))) {
      return;
    }
    try (PrintStream quiet =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)) {
      new Formatter()
          .setNodeId(NODE_ID)
          .setClusterId(Uuid.randomUuid().toString())
          .setDirectories(List.of(dataDir.toAbsolutePath().toString()))
          .setControllerListenerName("CONTROLLER")
          .setIgnoreFormatted(true)
          .setPrintStream(quiet)
          .run();
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot format the broker's storage in " + dataDir + ": " + e, e);
    }
  }

  private void awaitReady(Duration timeout) {
    Map<String, Object> config =
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(config)) {
      admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      close();
      throw new IllegalStateException("the embedded broker did not come up within " + timeout, e);
    }
  }

  /** Distinct free ports: all sockets stay open until every port is chosen. */
  public static int[] freePorts(int n) {
    ServerSocket[] sockets = new ServerSocket[n];
    try {
      int[] ports = new int[n];
      for (int i = 0; i < n; i++) {
        sockets[i] = new ServerSocket(0, 1, InetAddress.getByName(HOST));
        ports[i] = sockets[i].getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + HOST, e);
    } finally {
      for (ServerSocket socket : sockets) {
        closeQuietly(socket);
      }
    }
  }

  /** A port that another process listens on. */
  public static final class PortInUseException extends RuntimeException {
    PortInUseException(int port, IOException cause) {
      super(HOST + ":" + port + " is in use", cause);
    }
  }

  private static int requireFree(int port) {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
      return port;
    } catch (IOException e) {
      throw new PortInUseException(port, e);
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // nothing to do
      }
    }
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }
}
