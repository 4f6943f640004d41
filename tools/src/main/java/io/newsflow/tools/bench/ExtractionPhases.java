package io.newsflow.tools.bench;

import io.newsflow.enrich.dom.TextStats;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.html.HtmlPageParser;
import io.newsflow.enrich.metadata.MetaScan;
import io.newsflow.enrich.metadata.MetadataExtractor;
import io.newsflow.enrich.rules.BoilerplateRules;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;

/**
 * Where parse and extraction spend their time, phase by phase, by the thread's CPU clock: our
 * parse, the one walk ({@link TextStats} with the metadata scan), the byline search, the metadata,
 * and the rest of a whole {@link ArticleExtractor#extract} (content scoring and block collection:
 * the whole extraction less the three phases it repeats). Profilers' self times misattribute in
 * this code (inlined visitors of one shared walk); these are measured around the calls.
 *
 * <pre>
 * java -cp app/target/newsflow.jar:tools/target/newsflow-tools.jar io.newsflow.tools.bench.ExtractionPhases DIR [rounds]
 * </pre>
 */
public final class ExtractionPhases {
  private static final int WARMUP_ROUNDS = 20;
  private static final String[] NAMES = {
    "our parse", "walk (TextStats + metadata scan)", "byline search", "metadata", "content (rest)"
  };

  private ExtractionPhases() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ExtractionPhases DIR [rounds]");
      System.exit(2);
    }
    List<byte[]> pages = ExtractionBenchmark.load(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    BoilerplateRules rules = BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE);
    HtmlPageParser parser = new HtmlPageParser();
    ArticleExtractor extractor = ArticleExtractor.withRules(rules);
    MetadataExtractor metadata = new MetadataExtractor(rules);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[NAMES.length];
    long sink = 0;
    for (int r = 0; r < WARMUP_ROUNDS + rounds; r++) {
      if (r == WARMUP_ROUNDS) {
        cpu = new long[NAMES.length];
      }
      for (byte[] page : pages) {
        long t0 = threads.getCurrentThreadCpuTime();
        Document doc = parser.parse(page, (String) null, "https://example.com/");
        long t1 = threads.getCurrentThreadCpuTime();
        MetaScan scan = metadata.newScan();
        TextStats stats = TextStats.of(doc, rules, scan::visit, doc.body());
        long t2 = threads.getCurrentThreadCpuTime();
        scan.findByline(stats);
        long t3 = threads.getCurrentThreadCpuTime();
        sink += metadata.extract(doc, scan) == null ? 0 : 1;
        long t4 = threads.getCurrentThreadCpuTime();
        sink += extractor.extract(doc).blocks().size();
        long t5 = threads.getCurrentThreadCpuTime();
        cpu[0] += t1 - t0;
        cpu[1] += t2 - t1;
        cpu[2] += t3 - t2;
        cpu[3] += t4 - t3;
        cpu[4] += (t5 - t4) - (t4 - t1); // the whole extraction repeats the three phases above
      }
    }
    report(cpu, pages.size(), rounds, sink);
  }

  private static void report(long[] cpu, int pages, int rounds, long sink) {
    long total = 0;
    for (long c : cpu) {
      total += c;
    }
    System.out.printf(
        Locale.ROOT,
        "%d pages, %d warm-up and %d measured rounds, CPU time of this thread%n",
        pages,
        WARMUP_ROUNDS,
        rounds);
    for (int i = 0; i < NAMES.length; i++) {
      System.out.printf(
          Locale.ROOT,
          "%-34s %7.1f ms a round  %4.1f%%%n",
          NAMES[i],
          cpu[i] / 1e6 / rounds,
          100.0 * cpu[i] / total);
    }
    System.out.printf(Locale.ROOT, "[checksum %d]%n", sink % 10);
  }
}
