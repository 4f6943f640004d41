package io.newsflow.app.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The long form of the crash harness, one command (see the README, "Crashes and restarts"): {@code
 * java -cp app/target/newsflow.jar:app/target/test-classes io.newsflow.app.crash.CrashHarness
 * [PAGES [KILLS [SEED [VICTIMS [PAGES_PER_SECOND]]]]]}, VICTIMS a comma-separated list of stages to
 * kill (default {@code ingest,enrich,sink,broker}), pages arriving at 40 a second by default. One
 * file in ten is hostile (see {@link Corpus}) and one record in a hundred on the raw topic is not a
 * RawPage. Exit code 0 when every guarantee held. {@code -Dcrash.log4j2=FILE} gives the stages a
 * log4j2 configuration of your own (Kafka's INFO lines show every rebalance and restore).
 */
public final class CrashHarness {
  private CrashHarness() {}

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int kills = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20L;
    Path work = Files.createTempDirectory("newsflow-crash");
    System.out.println("crash harness: " + pages + " pages, " + kills + " kills, work in " + work);
    CrashRun.Settings settings =
        new CrashRun.Settings(
            pages,
            kills,
            seed,
            List.of((args.length > 3 ? args[3] : "ingest,enrich,sink,broker").split(",")),
            CrashRun::realSink,
            60L * 60 * 1000,
            new CrashRun.Delivery(args.length > 4 ? Integer.parseInt(args[4]) : 25, 0.1, 100),
            CrashRun.Settings.RECOVERY_WAIT_MILLIS);
    AuditReport report = new CrashRun(work, settings, System.out).run();
    System.out.println(report.summary());
    System.exit(report.guaranteesHold() ? 0 : 1);
  }
}
