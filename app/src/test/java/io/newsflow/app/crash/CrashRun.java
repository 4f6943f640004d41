package io.newsflow.app.crash;

import io.newsflow.app.embedded.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * One crash-and-audit run: a broker, ingest, two enrich instances and a sink, each a JVM of its own
 * from the packaged jar; kills -9 at random moments (the broker once), each victim started again at
 * once; waits for the pipeline to drain, stops everything with SIGTERM and audits.
 */
final class CrashRun {
  /**
   * @param sink the sink's command line, given the bootstrap servers and the output directory: the
   *     real one, or a broken one for the harness's own test
   * @param victims the stages killed, by name prefix ("ingest", "enrich", "sink", "broker")
   */
  record Settings(
      int pages,
      int kills,
      long seed,
      List<String> victims,
      Function<SinkTarget, List<String>> sink,
      long drainTimeoutMillis) {}

  record SinkTarget(String bootstrapServers, Path outDir) {}

  static final Path JAR = repoRoot().resolve("app/target/newsflow.jar");
  static final Path TEST_CLASSES = repoRoot().resolve("app/target/test-classes");

  private final Path work;
  private final Settings settings;
  private final PrintStream log;
  private final List<StageProcess> stages = new ArrayList<>();

  CrashRun(Path work, Settings settings, PrintStream log) {
    this.work = work;
    this.settings = settings;
    this.log = log;
  }

  static List<String> realSink(SinkTarget t) {
    return newsflow(
        "sink",
        "--bootstrap-servers",
        t.bootstrapServers(),
        "--out",
        t.outDir().toString(),
        "--instance-name",
        "sink");
  }

  AuditReport run() throws IOException, InterruptedException {
    List<String> inputs = Corpus.write(work.resolve("pages"), settings.pages(), settings.seed());
    Path logs = Files.createDirectories(work.resolve("logs"));
    Path out = work.resolve("out");
    int[] ports = EmbeddedKafkaBroker.freePorts(2);
    String kafka = "127.0.0.1:" + ports[0];
    StageProcess broker =
        stage(
            "broker",
            java(
                "-Xmx768m",
                "-cp",
                JAR + java.io.File.pathSeparator + TEST_CLASSES,
                BrokerProcess.class.getName(),
                work.resolve("kafka").toString(),
                Integer.toString(ports[0]),
                Integer.toString(ports[1])),
            logs);
    broker.start();
    awaitBroker(kafka);
    StageProcess sink = stage("sink", settings.sink().apply(new SinkTarget(kafka, out)), logs);
    StageProcess enrichA = stage("enrich-a", enrich(kafka, "enrich-a"), logs);
    StageProcess enrichB = stage("enrich-b", enrich(kafka, "enrich-b"), logs);
    StageProcess ingest =
        stage(
            "ingest",
            newsflow(
                "ingest",
                "--bootstrap-servers",
                kafka,
                "--input",
                work.resolve("pages").toString(),
                "--instance-name",
                "ingest"),
            logs);
    try (RecoveryWatch watch = new RecoveryWatch(kafka)) {
      for (StageProcess s : List.of(sink, enrichA, enrichB, ingest)) {
        s.start();
      }
      Audit audit = new Audit(kafka, out);
      List<AuditReport.Recovery> kills = killAtRandom(ingest, () -> awaitOutput(audit));
      drain(inputs, audit, ingest);
      log.println(watch.describe());
      List<AuditReport.Recovery> measured = new ArrayList<>();
      for (AuditReport.Recovery k : kills) {
        String group =
            k.stage().startsWith("enrich") ? RecoveryWatch.ENRICH_GROUP : RecoveryWatch.SINK_GROUP;
        measured.add(
            new AuditReport.Recovery(
                k.stage(), k.atMillis(), watch.recoveryMillis(group, k.atMillis())));
      }
      for (StageProcess s : List.of(ingest, sink, enrichA, enrichB)) {
        s.stop();
      }
      AuditReport report = new Audit(kafka, out).check(inputs).withRecoveries(measured);
      broker.stop();
      return report;
    } finally {
      for (StageProcess s : stages) {
        if (s.alive()) {
          s.kill();
        }
      }
    }
  }

  /** Something to wait for before the kills after the first. */
  interface Wait {
    void await() throws IOException, InterruptedException;
  }

  /**
   * The planned kills, each victim started again at once. The first falls on ingest while it
   * publishes, the others once output flows (a kill before enrich has started tests little).
   */
  private List<AuditReport.Recovery> killAtRandom(StageProcess ingest, Wait flowing)
      throws IOException, InterruptedException {
    Random random = new Random(settings.seed());
    List<AuditReport.Recovery> kills = new ArrayList<>();
    boolean brokerKilled = false;
    for (int i = 0; i < settings.kills(); i++) {
      if (i == 1 || (i == 0 && !settings.victims().contains("ingest"))) {
        flowing.await();
      }
      Thread.sleep(i == 0 ? 700 + random.nextInt(800) : 1500 + random.nextInt(3500));
      StageProcess victim = pick(random, i, ingest, brokerKilled);
      brokerKilled |= victim.name.equals("broker");
      long at = System.currentTimeMillis();
      victim.kill();
      log.printf(java.util.Locale.ROOT, "kill -9 %s%n", victim.name);
      if (victim.name.equals("broker")) {
        Thread.sleep(1000); // a broker that is away for a moment
      }
      victim.start();
      kills.add(new AuditReport.Recovery(victim.name, at, null));
    }
    return kills;
  }

  /** Ingest first (while it publishes), the broker once halfway, else any other at random. */
  private StageProcess pick(Random random, int i, StageProcess ingest, boolean brokerKilled) {
    List<StageProcess> candidates =
        stages.stream()
            .filter(s -> settings.victims().stream().anyMatch(s.name::startsWith))
            .filter(s -> s != ingest || ingest.alive())
            .toList();
    if (i == 0 && candidates.contains(ingest)) {
      return ingest;
    }
    List<StageProcess> broker = candidates.stream().filter(s -> s.name.equals("broker")).toList();
    if (i == settings.kills() / 2 && !broker.isEmpty() && !brokerKilled) {
      return broker.get(0);
    }
    List<StageProcess> others = candidates.stream().filter(s -> !broker.contains(s)).toList();
    return others.get(random.nextInt(others.size()));
  }

  private void awaitOutput(Audit audit) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + 180_000;
    while (audit.articlesWritten() == 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
  }

  /** Until every input has its article or dead letter; an ingest that failed is run again. */
  private void drain(List<String> inputs, Audit audit, StageProcess ingest)
      throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + settings.drainTimeoutMillis();
    int covered = 0;
    while (System.currentTimeMillis() < deadline) {
      Integer exit = ingest.exitCode();
      if (exit != null && exit != 0) {
        log.println("ingest ended with " + exit + "; starting it again");
        ingest.start();
      }
      covered = audit.covered(inputs);
      if (covered == inputs.size()) {
        Thread.sleep(2000); // anything late and extra shows in the audit
        return;
      }
      Thread.sleep(1000);
    }
    log.printf(
        java.util.Locale.ROOT,
        "not drained: %d of %d inputs have an outcome%n",
        covered,
        inputs.size());
  }

  private List<String> enrich(String kafka, String name) {
    return newsflow(
        "enrich",
        "--bootstrap-servers",
        kafka,
        "--work-dir",
        work.resolve(name).toString(),
        "--instance-name",
        name);
  }

  private StageProcess stage(String name, List<String> command, Path logs) {
    StageProcess s = new StageProcess(name, command, logs);
    stages.add(s);
    return s;
  }

  private void awaitBroker(String kafka) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 90_000;
    while (System.currentTimeMillis() < deadline) {
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
        admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
        return;
      } catch (Exception e) {
        Thread.sleep(500);
      }
    }
    throw new IllegalStateException("the broker process did not come up at " + kafka);
  }

  static List<String> newsflow(String... args) {
    List<String> command = java("-Xmx512m", "-jar", JAR.toString());
    command.addAll(List.of(args));
    return command;
  }

  static List<String> java(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of(args));
    return command;
  }

  static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("app/pom.xml"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("not inside the repository");
    }
    return dir;
  }
}
