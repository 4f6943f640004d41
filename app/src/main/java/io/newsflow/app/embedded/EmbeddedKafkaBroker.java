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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.streams.StreamsConfig;
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
    LOG.info("broker storage ready in {}", dataDir);
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    server.startup();
    LOG.info("broker started, waiting for it to answer");
    String bootstrap = HOST + ":" + brokerPort;
    EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, bootstrap);
    broker.awaitReady(Duration.ofSeconds(60));
    LOG.info("embedded Kafka broker at {} (data in {})", bootstrap, dataDir);
    return broker;
  }

  /**
   * Starts the broker on {@code port} (0: a free one) on a thread of its own and returns at once
   * with its address, so the caller can build its clients while the broker comes up.
   *
   * @throws PortInUseException when the port is taken
   */
  public static Launch launch(Path dataDir, int maxMessageBytes, int port) {
    int[] ports = freePorts(2);
    int brokerPort = port == 0 ? ports[0] : requireFree(port);
    int controllerPort = ports[1] == brokerPort ? ports[0] : ports[1];
    return new Launch(dataDir, maxMessageBytes, brokerPort, controllerPort);
  }

  /** A broker starting in the background: its address now, the broker once it answers. */
  public static final class Launch {
    private final String bootstrapServers;
    private final CompletableFuture<EmbeddedKafkaBroker> broker = new CompletableFuture<>();

    private Launch(Path dataDir, int maxMessageBytes, int brokerPort, int controllerPort) {
      this.bootstrapServers = HOST + ":" + brokerPort;
      Thread starter =
          new Thread(
              () -> {
                try {
                  broker.complete(start(dataDir, maxMessageBytes, brokerPort, controllerPort));
                } catch (RuntimeException | Error e) {
                  broker.completeExceptionally(e);
                }
              },
              "newsflow-broker-start");
      starter.setDaemon(true);
      starter.start();
    }

    /** Where the broker listens (or will). */
    public String bootstrapServers() {
      return bootstrapServers;
    }

    /** Waits until the broker answers; rethrows what stopped it from starting. */
    public EmbeddedKafkaBroker await() {
      try {
        return broker.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw e;
      }
    }

    /** Stops the broker once it has started, for a caller that gives up before using it. */
    public void closeWhenStarted() {
      try {
        await().close();
      } catch (RuntimeException e) {
        LOG.debug("the embedded broker did not start", e);
      }
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /**
   * Client properties for this broker; the given ones win. A client made while it starts finds the
   * port closed, and one that asks for a coordinator before the broker has loaded it is told to
   * retry; Kafka's backoffs double up to 1 s by default, so a client could wait most of a second
   * after the broker was ready. On loopback a retry every 100 ms at most costs nothing.
   *
   * <p>Waits that only cost time while starting, measured in Kafka's logs of a run on the samples:
   * Kafka Streams' restore consumer checks each new task's (empty) changelog before the task runs,
   * one task after the other, and each check waited for a fetch the broker held for {@code
   * fetch.max.wait.ms} (500 ms) and a poll of {@code poll.ms} (100 ms): 0.4 to 0.5 s per task. The
   * restore consumer alone fetches with a 50 ms wait (it is idle once the tasks run, while an idle
   * consumer with a short wait would fetch 20 times a second for nothing), and the stream threads
   * poll every 20 ms. Both are Kafka Streams settings the other clients ignore.
   */
  public static Map<String, String> clientProperties(Map<String, String> given) {
    Map<String, String> props = new HashMap<>(given);
    props.putIfAbsent(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, MAX_BACKOFF_MS);
    props.putIfAbsent(CommonClientConfigs.RETRY_BACKOFF_MAX_MS_CONFIG, MAX_BACKOFF_MS);
    props.putIfAbsent(
        StreamsConfig.restoreConsumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG),
        RESTORE_FETCH_MAX_WAIT_MS);
    props.putIfAbsent(StreamsConfig.POLL_MS_CONFIG, STREAMS_POLL_MS);
    return props;
  }

  static final String RESTORE_FETCH_MAX_WAIT_MS = "50";
  static final String STREAMS_POLL_MS = "20";

  private static final String MAX_BACKOFF_MS = "100";

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
    // One partition each: a log to create and a coordinator to load per partition before the first
    // consumer group or transaction, and one node serves them all anyway.
    p.put("offsets.topic.num.partitions", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "1");
    // The log cleaner (compacted topics: changelogs, fetched URLs, sources) allocates its dedupe
    // buffer when it starts: 128 MB by default, zeroed on the heap, 0.3 to 0.8 s of a start. 16 MB
    // holds the keys of about 600,000 records per cleaning pass; a larger log takes more passes.
    p.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 << 20));
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
    try (Admin admin = Admin.create(adminConfig())) {
      admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      close();
      throw new IllegalStateException("the embedded broker did not come up within " + timeout, e);
    }
    Thread coordinators = new Thread(this::prepareCoordinators, "newsflow-broker-coordinators");
    coordinators.setDaemon(true);
    coordinators.start();
  }

  private Map<String, Object> adminConfig() {
    Map<String, Object> config = new HashMap<>(clientProperties(Map.of()));
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return config;
  }

  /**
   * Has the broker create its consumer-offsets and transaction-state topics now, as the first
   * lookup of a group or transaction coordinator does: otherwise exactly-once enrich's first
   * transaction waits for them (a few hundred ms) after its first rebalance. The ids looked up do
   * not exist; the answer saying so comes once the coordinators are loaded. On a thread of its own:
   * the caller creates its topics and builds its clients meanwhile (0.3 to 0.7 s of a start went to
   * waiting for these answers), and a client that asks for a coordinator sooner waits as it would.
   */
  private void prepareCoordinators() {
    String none = "newsflow-embedded-broker-start";
    try (Admin admin = Admin.create(adminConfig())) {
      KafkaFuture<?> group = admin.describeConsumerGroups(List.of(none)).all();
      KafkaFuture<?> transaction = admin.describeTransactions(List.of(none)).all();
      for (KafkaFuture<?> lookup : List.of(group, transaction)) {
        try {
          lookup.get(COORDINATOR_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
          LOG.debug("coordinator lookup at start: {}", e.toString()); // expected: no such id
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.debug("coordinator lookup at start failed; the first client does it", e);
    }
  }

  private static final Duration COORDINATOR_WAIT = Duration.ofSeconds(10);

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
