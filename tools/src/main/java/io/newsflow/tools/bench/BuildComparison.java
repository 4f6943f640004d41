package io.newsflow.tools.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parse-plus-extraction time of two builds of this module on the same pages, in one JVM: each build
 * gets its own class loader, and every page is parsed and extracted by both in turn (the order
 * alternating page by page), so a shared machine's slow spells fall on both alike. Times are the
 * thread's CPU time. The build loaded first can come out a few percent ahead whatever it holds, so
 * run it a second time with the builds swapped: the square root of (B/A of the first run) / (B/A of
 * the second) is the comparison, and tells a 1% change apart where two runs of {@link
 * ExtractionBenchmark} differ by several.
 *
 * <pre>
 * java -cp app/target/newsflow.jar io.newsflow.tools.bench.BuildComparison DIR CLASSPATH_A CLASSPATH_B [rounds]
 * </pre>
 *
 * Each classpath holds a build's enrich classes and everything they need, for example {@code
 * old/enrich/target/classes:schema/target/classes:$(cat cp.txt)}.
 */
public final class BuildComparison {
  private static final int WARMUP_ROUNDS = 10;

  private BuildComparison() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: BuildComparison DIR CLASSPATH_A CLASSPATH_B [rounds]");
      System.exit(2);
    }
    List<byte[]> pages = ExtractionBenchmark.load(Path.of(args[0]));
    Build[] builds = {new Build(args[1]), new Build(args[2])};
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    long[] cpu = new long[2];
    long sink = 0;
    for (int r = 0; r < WARMUP_ROUNDS + rounds; r++) {
      if (r == WARMUP_ROUNDS) {
        cpu = new long[2];
      }
      for (int i = 0; i < pages.size(); i++) {
        int first = (i + r) % 2;
        for (int k : new int[] {first, 1 - first}) {
          long t0 = Build.THREADS.getCurrentThreadCpuTime();
          sink += builds[k].parseAndExtract(pages.get(i));
          cpu[k] += Build.THREADS.getCurrentThreadCpuTime() - t0;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "A %.2f ms per round, B %.2f ms per round (parse + extract, "
            + "CPU time, %d pages, %d rounds)%n",
        cpu[0] / 1e6 / rounds,
        cpu[1] / 1e6 / rounds,
        pages.size(),
        rounds);
    System.out.printf(
        Locale.ROOT, "B/A %.3f   [checksum %d]%n", (double) cpu[1] / cpu[0], sink % 10);
  }

  /** One build, reached by reflection through its own class loader. */
  private static final class Build {
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Object parser;
    private final Object extractor;
    private final Method parse;
    private final Method extract;
    private final Method blocks;

    Build(String classpath) throws ReflectiveOperationException, IOException {
      List<URL> urls = new ArrayList<>();
      for (String entry : classpath.split(":")) {
        if (!entry.isEmpty()) {
          urls.add(Path.of(entry).toUri().toURL());
        }
      }
      ClassLoader loader =
          new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      Class<?> parserClass = loader.loadClass("io.newsflow.enrich.html.HtmlPageParser");
      Class<?> extractorClass =
          firstOf(loader, "html.ArticleExtractor", "extract.ArticleExtractor");
      parser = parserClass.getConstructor().newInstance();
      extractor = extractorClass.getMethod("withDefaultRules").invoke(null);
      parse = parserClass.getMethod("parse", byte[].class, String.class, String.class);
      extract = extractorClass.getMethod("extract", loader.loadClass("org.jsoup.nodes.Document"));
      blocks = firstOf(loader, "article.Extraction", "extract.Extraction").getMethod("blocks");
    }

    /**
     * The class under its current package, or under the one it had before enrich's restructuring.
     */
    private static Class<?> firstOf(ClassLoader loader, String current, String earlier)
        throws ClassNotFoundException {
      try {
        return loader.loadClass("io.newsflow.enrich." + current);
      } catch (ClassNotFoundException e) {
        return loader.loadClass("io.newsflow.enrich." + earlier);
      }
    }

    long parseAndExtract(byte[] page) throws ReflectiveOperationException {
      Object doc = parse.invoke(parser, page, null, "https://example.com/");
      return ((List<?>) blocks.invoke(extract.invoke(extractor, doc))).size();
    }
  }
}
