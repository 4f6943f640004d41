package io.newsflow.tools.bench;

import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.html.HtmlPageParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Pages per second of extraction (parse included) against a bare {@code Jsoup.parse} of the same
 * bytes, on one thread, in one run: warm-up rounds first, then measured rounds that alternate the
 * two, in both orders, so both see the same machine state. Prints both figures and their ratio, and
 * the throughput of our parse alone ({@link HtmlPageParser}), which is cheaper than the bare call.
 *
 * <pre>
 * java -cp app/target/newsflow.jar io.newsflow.tools.bench.ExtractionBenchmark DIR [rounds [--with-entities]]
 * </pre>
 *
 * DIR holds .html files, or folders with a source.html each (the Readability test pages).
 */
public final class ExtractionBenchmark {
  /**
   * Extraction is far more code than a parse, and the JIT compilers take their time with it: with 5
   * warm-up rounds, {@code -XX:+PrintCompilation} showed 1,600 compilations (350 of them ours) in
   * the third tenth of a 30-round run and still 200 to 500 a tenth up to its middle, so the
   * measured rounds charged the extraction side for code not compiled yet (the ratio came out 0.64
   * to 0.67 with 30 measured rounds, 0.69 with 90). Twenty rounds (2,600 pages) go past that.
   */
  private static final int WARMUP_ROUNDS = 20;

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ExtractionBenchmark DIR [rounds [--with-entities]]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? rounds(args[1]) : 10;
    List<byte[]> pages = pagesOrExit(Path.of(args[0]));
    long bytes = pages.stream().mapToLong(p -> p.length).sum();
    HtmlPageParser parser = new HtmlPageParser();
    ArticleExtractor extractor = ArticleExtractor.withDefaultRules();
    System.out.printf(
        Locale.ROOT,
        "%d pages, %.1f MB, %d warm-up and %d measured rounds, 1 thread%n",
        pages.size(),
        bytes / 1e6,
        WARMUP_ROUNDS,
        rounds);
    long sink = 0;
    for (int i = 0; i < WARMUP_ROUNDS; i++) {
      sink += bareParse(pages) + extract(pages, parser, extractor) + ourParse(pages, parser);
    }
    long parseNanos = 0;
    long oursNanos = 0;
    long extractNanos = 0;
    long parseCpu = 0;
    long extractCpu = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < rounds; i++) {
      // Every other round the other way round: a phase pays for the garbage of the one before
      // it (the collector runs when allocation fills the young generation), so a fixed order
      // would charge one side for the other's allocations.
      boolean bareFirst = i % 2 == 0;
      for (int phase = 0; phase < 2; phase++) {
        boolean bare = (phase == 0) == bareFirst;
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        sink += bare ? bareParse(pages) : extract(pages, parser, extractor);
        long nanos = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - c0;
        if (bare) {
          parseNanos += nanos;
          parseCpu += cpu;
        } else {
          extractNanos += nanos;
          extractCpu += cpu;
        }
      }
      long t2 = System.nanoTime();
      sink += ourParse(pages, parser);
      oursNanos += System.nanoTime() - t2;
    }
    report("bare Jsoup.parse", pages.size() * (long) rounds, bytes * rounds, parseNanos);
    report("parse + extract", pages.size() * (long) rounds, bytes * rounds, extractNanos);
    // Our parse alone, for reading the ratio: part of it is our parse being the cheaper one.
    report("HtmlPageParser", pages.size() * (long) rounds, bytes * rounds, oursNanos);
    System.out.printf(
        Locale.ROOT,
        "ratio (extract / bare parse throughput): %.2f   [checksum %d]%n",
        (double) parseNanos / extractNanos,
        sink % 10);
    // On a shared machine the wall-clock ratio moves with the neighbours' load; the benchmark
    // thread's own CPU time does much less (GC and JIT threads are not in it, for either side).
    System.out.printf(
        Locale.ROOT, "ratio by this thread's CPU time: %.2f%n", (double) parseCpu / extractCpu);
    if (args.length > 2 && args[2].equals("--with-entities")) {
      entities(pages, parser, extractor, rounds);
    }
  }

  /** A bad argument ends the run with a message, not a stack trace. */
  private static int rounds(String arg) {
    if (!arg.matches("[1-9][0-9]{0,5}")) {
      System.err.println("error: rounds must be a whole number from 1, was " + arg);
      System.exit(2);
    }
    return Integer.parseInt(arg);
  }

  private static List<byte[]> pagesOrExit(Path dir) {
    try {
      return load(dir);
    } catch (IOException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
      return List.of();
    }
  }

  /** The whole per-page work of the enrich stage: extraction, then entity tagging of its text. */
  private static void entities(
      List<byte[]> pages, HtmlPageParser parser, ArticleExtractor extractor, int rounds) {
    EntityRecognizer recognizer = EntityRecognizer.loadDefault();
    List<String> texts =
        pages.stream()
            .map(p -> extractor.extract(parser.parse(p, "https://example.com/")).text())
            .toList();
    long chars = texts.stream().mapToLong(String::length).sum();
    long sink = 0;
    for (int i = 0; i < WARMUP_ROUNDS; i++) {
      for (String t : texts) {
        sink += recognizer.recognize(t).size();
      }
    }
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      for (String t : texts) {
        sink += recognizer.recognize(t).size();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-18s %8.1f pages/s %8.1f MB of text/s   [checksum %d]%n",
        "entities only",
        texts.size() * (long) rounds / seconds,
        chars * rounds / 1e6 / seconds,
        sink % 10);
  }

  private static void report(String what, long pages, long bytes, long nanos) {
    double seconds = nanos / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-18s %8.1f pages/s %8.1f MB/s%n",
        what,
        pages / seconds,
        bytes / 1e6 / seconds);
  }

  private static long bareParse(List<byte[]> pages) throws IOException {
    long n = 0;
    for (byte[] page : pages) {
      Document doc = Jsoup.parse(new ByteArrayInputStream(page), null, "https://example.com/");
      n += doc.childNodeSize();
    }
    return n;
  }

  private static long ourParse(List<byte[]> pages, HtmlPageParser parser) {
    long n = 0;
    for (byte[] page : pages) {
      n += parser.parse(page, "https://example.com/").childNodeSize();
    }
    return n;
  }

  private static long extract(
      List<byte[]> pages, HtmlPageParser parser, ArticleExtractor extractor) {
    long n = 0;
    for (byte[] page : pages) {
      n += extractor.extract(parser.parse(page, "https://example.com/")).blocks().size();
    }
    return n;
  }

  static List<byte[]> load(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("no such directory: " + dir);
    }
    List<byte[]> pages = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".html") && !name.equals("expected.html")) {
          pages.add(Files.readAllBytes(f));
        }
      }
    }
    if (pages.isEmpty()) {
      throw new IOException("no .html pages under " + dir);
    }
    return pages;
  }
}
