package io.newsflow.tools.bench;

import io.newsflow.schema.Article;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The whole page step of two builds in one process, as a stream thread runs it on a raw record:
 * decode the RawPage, resolve, parse, extract, guess the language, tag, assemble and encode the
 * Article. Each build's {@code enrich} classes get a class loader of their own ({@link
 * TaggerAB}'s), the builds alternate every few pages so a shared machine's slow spells fall on both
 * alike, and the encoded articles of both are compared byte for byte on the first round. Times are
 * the thread's CPU time.
 *
 * <pre>
 * java -cp app/target/newsflow.jar:tools/target/newsflow-tools.jar io.newsflow.tools.bench.PageStepAB \
 *   OLD/enrich/target/classes NEW/enrich/target/classes ../shared/datasets/readability-test-pages \
 *   [rounds, default 10] [pages per turn, default 10]
 * </pre>
 */
public final class PageStepAB {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private PageStepAB() {}

  /** One build's page step, called by reflection (its classes are not this loader's). */
  private record Side(Object enricher, Method enrich, Method article) {
    static Side load(String classes) throws IOException, ReflectiveOperationException {
      ClassLoader loader = new TaggerAB.EnrichFirst(Path.of(classes).toUri().toURL());
      Class<?> configClass = loader.loadClass("io.newsflow.enrich.EnrichConfig");
      Object config =
          configClass
              .getMethod("defaults", Path.class)
              .invoke(null, Files.createTempDirectory("ab"));
      Class<?> enricherClass = loader.loadClass("io.newsflow.enrich.page.PageEnricher");
      Object enricher =
          enricherClass
              .getMethod("withDefaults", configClass, Clock.class)
              .invoke(null, config, FIXED);
      Class<?> enriched = loader.loadClass("io.newsflow.enrich.page.EnrichResult$Enriched");
      return new Side(
          enricher,
          enricherClass.getMethod("enrich", RawPage.class, RawPageRef.class),
          enriched.getMethod("article"));
    }

    /** The encoded article, or an empty array for a rejected page. */
    byte[] run(byte[] raw) throws ReflectiveOperationException {
      RawPage page = Topics.RAW_PAGE_SERDE.decode(raw);
      RawPageRef ref = new RawPageRef("raw", 0, 0L, page.getRequestedUrl(), page.getFetchedAt());
      Object result = enrich.invoke(enricher, page, ref);
      return article.getDeclaringClass().isInstance(result)
          ? Topics.ARTICLE_SERDE.encode((Article) article.invoke(result))
          : new byte[0];
    }
  }

  public static void main(String[] args) throws IOException, ReflectiveOperationException {
    if (args.length < 3) {
      System.err.println("usage: PageStepAB <classesA> <classesB> <dir>[,more] [rounds] [pages]");
      System.exit(2);
    }
    Side[] sides = {Side.load(args[0]), Side.load(args[1])};
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    int perTurn = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    List<byte[]> pages = new ArrayList<>();
    for (String dir : args[2].split(",")) {
      pages.addAll(rawPages(Path.of(dir)));
    }
    // Once through first: a model loads on its language's first page, and a load that overruns the
    // page budget on a busy machine would reject that page on one side only.
    round(sides, pages, pages.size(), 0);
    int differ = 0;
    for (byte[] page : pages) {
      differ += Arrays.equals(sides[0].run(page), sides[1].run(page)) ? 0 : 1;
    }
    System.out.printf(Locale.ROOT, "%d pages, articles that differ: %d%n", pages.size(), differ);
    for (int warm = 0; warm < 5; warm++) {
      round(sides, pages, perTurn, warm);
    }
    double[] sum = new double[2];
    for (int r = 0; r < rounds; r++) {
      double[] cpu = round(sides, pages, perTurn, r);
      sum[0] += cpu[0];
      sum[1] += cpu[1];
      System.out.printf(
          Locale.ROOT,
          "round %d: A %.3f, B %.3f CPU ms per page, B/A %.3f%n",
          r + 1,
          cpu[0] / 1e6 / pages.size(),
          cpu[1] / 1e6 / pages.size(),
          cpu[1] / cpu[0]);
    }
    System.out.printf(
        Locale.ROOT,
        "all rounds: A %.3f, B %.3f CPU ms per page, B/A %.3f%n",
        sum[0] / 1e6 / pages.size() / rounds,
        sum[1] / 1e6 / pages.size() / rounds,
        sum[1] / sum[0]);
  }

  /**
   * CPU nanoseconds of each side over all pages, turns of {@code perTurn} pages, A first on even
   * rounds.
   */
  private static double[] round(Side[] sides, List<byte[]> pages, int perTurn, int r)
      throws ReflectiveOperationException {
    double[] cpu = new double[2];
    long sink = 0;
    for (int from = 0; from < pages.size(); from += perTurn) {
      int to = Math.min(pages.size(), from + perTurn);
      for (int k = 0; k < 2; k++) {
        int side = (k + r) % 2;
        long t0 = THREADS.getCurrentThreadCpuTime();
        for (int i = from; i < to; i++) {
          sink += sides[side].run(pages.get(i)).length;
        }
        cpu[side] += THREADS.getCurrentThreadCpuTime() - t0;
      }
    }
    if (sink == 42) {
      System.out.println();
    }
    return cpu;
  }

  /** Each saved page (a {@code source.html} or {@code .html} file) as an encoded raw record. */
  private static List<byte[]> rawPages(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files =
          s.filter(p -> p.toString().endsWith(".html") && !p.endsWith("expected.html"))
              .sorted()
              .toList();
    }
    List<byte[]> out = new ArrayList<>();
    for (Path f : files) {
      String url = "https://bench.example/" + dir.relativize(f);
      RawPage page =
          RawPage.newBuilder()
              .setRequestedUrl(url)
              .setFinalUrl(url)
              .setFetchedAt(FIXED.instant())
              .setHttpStatus(200)
              .setContentType("text/html")
              .setHeaders(Map.of())
              .setBody(ByteBuffer.wrap(read(f)))
              .setSourceKind(SourceKind.FILE)
              .build();
      out.add(Topics.RAW_PAGE_SERDE.encode(page));
    }
    return out;
  }

  private static byte[] read(Path file) throws IOException {
    if (!file.toString().endsWith(".gz")) {
      return Files.readAllBytes(file);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
