package io.newsflow.tools.bench;

import io.newsflow.enrich.entities.EntityModels;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.entities.NerTagger;
import io.newsflow.enrich.entities.TokenScheme;
import io.newsflow.enrich.entities.conll.ConllDocument;
import io.newsflow.enrich.entities.conll.ConllReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Single-threaded tagging speed on pre-tokenised CoNLL documents: loads the committed model
 * (timed), warms the JIT up, then tags the file several times and prints tokens per second, by the
 * clock and per second of the thread's CPU time (the latter is what a shared machine cannot distort
 * much: waiting for a core is not counted).
 *
 * <pre>
 * java -cp enrich/target/classes io.newsflow.tools.bench.TaggerBenchmark \
 *   ../shared/datasets/conll2003/eng.testa [warmupRuns] [timedRuns]
 * </pre>
 */
public final class TaggerBenchmark {
  private TaggerBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println(
          "usage: TaggerBenchmark <file.conll> [warmupRuns] [timedRuns] [language, default en]");
      System.exit(2);
    }
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    String language = args.length > 3 ? args[3] : "en";
    long t0 = System.nanoTime();
    EntityRecognizer recognizer = EntityModels.shipped().forLanguage(language).orElseThrow();
    NerTagger tagger = recognizer.tagger();
    System.out.printf(
        Locale.ROOT,
        "model %s load: %.2f s%n",
        recognizer.modelId(),
        (System.nanoTime() - t0) / 1e9);
    List<List<List<String>>> docs = modelTokens(ConllReader.read(Path.of(args[0])), recognizer);
    long tokens = docs.stream().flatMap(List::stream).mapToLong(List::size).sum();
    System.out.printf(
        Locale.ROOT,
        "heap in use after load: %d MB (max %d MB)%n",
        usedHeapMb(),
        Runtime.getRuntime().maxMemory() >> 20);

    for (int i = 0; i < warmups; i++) {
      tagAll(tagger, docs);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double best = 0;
    double total = 0;
    double cpuSeconds = 0;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      int checksum = tagAll(tagger, docs);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      cpuSeconds += cpu;
      double rate = tokens / seconds;
      best = Math.max(best, rate);
      total += rate;
      System.out.printf(
          Locale.ROOT,
          "run %d: %d tokens in %.3f s = %.0f tokens/s, %.0f tokens per CPU second (checksum %d)%n",
          i + 1,
          tokens,
          seconds,
          rate,
          tokens / cpu,
          checksum);
    }
    System.out.printf(
        Locale.ROOT,
        "mean %.0f tokens/s, best %.0f tokens/s (single thread); %.0f tokens per CPU second%n",
        total / runs,
        best,
        tokens * runs / cpuSeconds);
    System.out.printf(Locale.ROOT, "heap in use after tagging: %d MB%n", usedHeapMb());
  }

  /** Each document's sentences as the model's tokens (joined Portuguese contractions). */
  private static List<List<List<String>>> modelTokens(
      List<ConllDocument> docs, EntityRecognizer recognizer) {
    TokenScheme scheme = recognizer.card().tokens();
    return docs.stream()
        .map(
            doc ->
                doc.sentences().stream()
                    .map(s -> scheme.map(s.tokens(), s.gold()).tokens())
                    .toList())
        .toList();
  }

  /** Live heap after a full collection (a hint to the JVM, good enough for a benchmark). */
  private static long usedHeapMb() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
  }

  /** Tags every document; returns a checksum of the tags so the work cannot be optimised away. */
  private static int tagAll(NerTagger tagger, List<List<List<String>>> docs) {
    int checksum = 0;
    for (List<List<String>> doc : docs) {
      for (int[] tags : tagger.tag(doc)) {
        for (int tag : tags) {
          checksum = 31 * checksum + tag;
        }
      }
    }
    return checksum;
  }
}
