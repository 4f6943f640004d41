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
   * @param recoveryWaitMillis how long a kill waits for its stage's recovery before the next one
   *     (longer than any recovery should take; a stage that is idle never shows one)
   */
  record Settings(
      int pages,
      int kills,
      long seed,
      List<String> victims,
      Function<SinkTarget, List<String>> sink,
      long drainTimeoutMillis,
      Delivery delivery,
      long recoveryWaitMillis) {

    /** Each kill waits up to a minute for its stage's recovery before the next one. */
    static final long RECOVERY_WAIT_MILLIS = 60_000;
  }

  /**
   * How the inputs arrive.
   *
   * @param pagesPerSecond files moved into ingest's inbox per second (the kills fall while they
   *     come)
   * @param hostileShare the share of hostile files (see {@link Corpus})
   * @param garbageEvery a record that is not a RawPage on the raw topic after every this many
   *     files; 0 for none
   */
  record Delivery(int pagesPerSecond, double hostileShare, int garbageEvery) {}

  record SinkTarget(String bootstrapServers, Path outDir) {}

  static final Path JAR = repoRoot().resolve("app/target/newsflow.jar");
  static final Path TEST_CLASSES = repoRoot().resolve("app/target/test-classes");

  private final Path work;
  private final Settings settings;
  private final PrintStream log;
  private final List<StageProcess> stages = new ArrayList<>();
  private final List<String> exits = new ArrayList<>();

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

  AuditReport run() throws Exception {
    Delivery delivery = settings.delivery();
    Path staging = work.resolve("staging");
    List<String> files =
        Corpus.write(staging, settings.pages(), settings.seed(), delivery.hostileShare());
    Path inbox = Files.createDirectories(work.resolve("pages"));
    Path sources = work.resolve("sources.json");
    Files.writeString(
        sources,
        "{\"sources\": [{\"type\": \"directory\", \"path\": \"pages\", \"pollInterval\": \"PT1S\"}]}");
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
                "--sources",
                sources.toString(),
                "--instance-name",
                "ingest"),
            logs);
    try (RecoveryWatch watch = new RecoveryWatch(kafka);
        Feeder feeder =
            new Feeder(
                staging,
                inbox,
                files,
                delivery.pagesPerSecond(),
                delivery.garbageEvery(),
                kafka,
                settings.seed())) {
      List<String> inputs = feeder.inputs();
      for (StageProcess s : List.of(sink, enrichA, enrichB, ingest)) {
        s.start();
      }
      feeder.start();
      Audit audit = new Audit(kafka, out);
      List<AuditReport.Recovery> kills = killAtRandom(ingest, () -> awaitOutput(audit), watch);
      drain(inputs, audit, feeder);
      log.println(watch.describe());
      List<AuditReport.Recovery> measured = new ArrayList<>();
      for (AuditReport.Recovery k : kills) {
        measured.add(
            new AuditReport.Recovery(
                k.stage(), k.atMillis(), watch.recoveryMillis(groupOf(k.stage()), k.atMillis())));
      }
      for (StageProcess s : List.of(ingest, sink, enrichA, enrichB)) {
        s.stop();
      }
      AuditReport report = new AuditReport(new Audit(kafka, out).check(inputs), measured, exits);
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
  private List<AuditReport.Recovery> killAtRandom(
      StageProcess ingest, Wait flowing, RecoveryWatch watch)
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
      log.printf(java.util.Locale.ROOT, "%tT kill -9 %s%n", at, victim.name);
      if (victim.name.equals("broker")) {
        Thread.sleep(1000); // a broker that is away for a moment
      }
      victim.start();
      kills.add(new AuditReport.Recovery(victim.name, at, null));
      awaitRecovery(watch, victim.name, at);
    }
    return kills;
  }

  /**
   * Until the victim's group commits again (bounded), so that each kill's recovery is measured on
   * its own rather than overlapping the next kill's. Ingest has no group to watch.
   */
  private void awaitRecovery(RecoveryWatch watch, String victim, long killedAt)
      throws InterruptedException {
    if (victim.equals("ingest")) {
      return;
    }
    long deadline = killedAt + settings.recoveryWaitMillis();
    Long recovered = null;
    while (System.currentTimeMillis() < deadline
        && (recovered = watch.recoveryMillis(groupOf(victim), killedAt)) == null) {
      restartTheDead();
      Thread.sleep(250);
    }
    log.printf(
        java.util.Locale.ROOT,
        "%tT %s: %s%n",
        System.currentTimeMillis(),
        victim,
        recovered == null ? "no recovery seen" : "output flowing again after " + recovered + " ms");
  }

  /** The group whose commits show a victim's recovery; the broker's shows in the sink's. */
  private static String groupOf(String victim) {
    return victim.startsWith("enrich") ? RecoveryWatch.ENRICH_GROUP : RecoveryWatch.SINK_GROUP;
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

  /** Until every input has its article or dead letter. */
  private void drain(List<String> inputs, Audit audit, Feeder feeder) throws Exception {
    long deadline = System.currentTimeMillis() + settings.drainTimeoutMillis();
    int covered = 0;
    while (System.currentTimeMillis() < deadline) {
      restartTheDead();
      covered = audit.covered(inputs);
      if (covered == inputs.size() && feeder.done()) {
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

  /**
   * A stage that ended without being killed (an exception that ended it, an OutOfMemoryError)
   * breaks the promise that no stage dies on bad input: it is counted, and started again so the run
   * goes on.
   */
  private void restartTheDead() {
    for (StageProcess s : stages) {
      Integer exit = s.exitCode();
      if (exit != null) {
        exits.add(s.name + " exit " + exit);
        log.println(s.name + " ended by itself with " + exit + "; starting it again");
        s.start();
      }
    }
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

  /**
   * A stage's command line. A stage started again while the broker restarts waits for it longer
   * than the default 15 s, as a supervisor that restarts services in any order would want.
   */
  static List<String> newsflow(String... args) {
    List<String> command = java("-Xmx512m");
    String logConfig = System.getProperty("crash.log4j2");
    if (logConfig != null) {
      command.add("-Dlog4j2.configurationFile=" + logConfig);
    }
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("--kafka-wait", "2m"));
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
