package io.newsflow.app.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short form of the crash harness: a few hundred pages, six kills -9 of every stage and the
 * broker, with hostile files among the pages and garbage records on the raw topic; and the harness
 * itself, shown to fail on a sink that breaks the guarantee. Tagged {@code crash}: a few minutes,
 * part of {@code mvn verify}; {@code -Dit.excludedGroups=crash} leaves it out of a quick local run.
 */
@Tag("crash")
class CrashHarnessIT {
  @TempDir Path work;

  @Test
  void killedAndRestartedStagesLoseAndRepeatNothing() throws Exception {
    assertTrue(Files.exists(CrashRun.JAR), "package the jar first: " + CrashRun.JAR);
    CrashRun.Settings settings =
        new CrashRun.Settings(
            300,
            6,
            7L,
            List.of("ingest", "enrich", "sink", "broker"),
            CrashRun::realSink,
            240_000,
            new CrashRun.Delivery(3, 0.1, 25),
            CrashRun.Settings.RECOVERY_WAIT_MILLIS);
    AuditReport report = new CrashRun(work, settings, System.out).run();
    System.out.println(report.summary());

    assertTrue(report.guaranteesHold(), report.summary());
    assertEquals(312, report.outputs().inputs(), "300 files and 12 garbage records");
    assertEquals(
        312, report.outputs().articles() + report.outputs().deadLetterInputs(), report.summary());
    assertEquals(6, report.recoveries().size());
    for (String enrich : List.of("enrich-a", "enrich-b")) {
      String log = Files.readString(work.resolve("logs").resolve(enrich + ".log"));
      assertFalse(
          log.contains("TaskCorruptedException"),
          "the designed recovery after a kill is one readable line, not Kafka's error: " + enrich);
    }
  }

  @Test
  void theAuditCatchesASinkThatCommitsBeforeItWrites() throws Exception {
    CrashRun.Settings settings =
        new CrashRun.Settings(
            150,
            4,
            11L,
            List.of("sink"),
            t ->
                CrashRun.java(
                    "-Xmx256m",
                    "-cp",
                    CrashRun.JAR + java.io.File.pathSeparator + CrashRun.TEST_CLASSES,
                    CommitFirstSink.class.getName(),
                    t.bootstrapServers(),
                    t.outDir().toString()),
            45_000,
            new CrashRun.Delivery(10, 0, 0),
            // The broken sink is a dynamic member: its group waits out the session after a kill,
            // and the test is about what it loses, not how fast it comes back.
            3_000);
    AuditReport report = new CrashRun(work, settings, System.out).run();
    System.out.println(report.summary());

    assertFalse(report.guaranteesHold(), report.summary());
    assertTrue(report.outputs().lost() > 0, report.summary());
  }
}
