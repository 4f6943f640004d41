package io.newsflow.tools.bench;

import io.newsflow.enrich.entities.EntityModels;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.entities.TokenScheme;
import io.newsflow.enrich.entities.conll.ConllReader;
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
import java.util.Optional;

/**
 * Two builds of the tagger in one process, alternating every few documents: the only comparison of
 * tagging speed that held up on shared cores, where two runs minutes apart differ by up to 20%.
 * Each build's {@code enrich} classes (a {@code target/classes} directory) get a class loader of
 * their own; the tags of both are compared on the first round.
 *
 * <pre>
 * java -cp app/target/newsflow.jar:tools/target/newsflow-tools.jar io.newsflow.tools.bench.TaggerAB \
 *   OLD/enrich/target/classes NEW/enrich/target/classes en ../shared/datasets/conll2003/eng.testa \
 *   [rounds, default 5; 0 compares the tags only] [documents per turn, default 10] [MB read between documents, default 0]
 * </pre>
 */
public final class TaggerAB {
  private TaggerAB() {}

  /** One build's tagger, called by reflection (its classes are not this loader's). */
  private record Side(String name, Object tagger, Method tag) {
    static Side load(String classes, String language)
        throws IOException, ReflectiveOperationException {
      ClassLoader loader = new EnrichFirst(Path.of(classes).toUri().toURL());
      Class<?> models = loader.loadClass("io.newsflow.enrich.entities.EntityModels");
      Object shipped = models.getMethod("shipped").invoke(null);
      Object recognizer =
          ((Optional<?>) models.getMethod("forLanguage", String.class).invoke(shipped, language))
              .orElseThrow();
      Object tagger = recognizer.getClass().getMethod("tagger").invoke(recognizer);
      return new Side(classes, tagger, tagger.getClass().getMethod("tag", List.class));
    }

    @SuppressWarnings("unchecked")
    List<int[]> tag(List<List<String>> document) throws ReflectiveOperationException {
      return (List<int[]>) tag.invoke(tagger, document);
    }
  }

  /**
   * Loads the enrich classes and resources (the model files) from its own directory first,
   * everything else from the parent.
   */
  static final class EnrichFirst extends URLClassLoader {
    EnrichFirst(URL classes) {
      super(new URL[] {classes}, TaggerAB.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("io.newsflow.enrich.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        return loaded != null ? loaded : findClass(name);
      }
    }

    @Override
    public URL getResource(String name) {
      URL own = name.startsWith("io/newsflow/enrich/") ? findResource(name) : null;
      return own != null ? own : super.getResource(name);
    }
  }

  public static void main(String[] args) throws IOException, ReflectiveOperationException {
    if (args.length < 4) {
      System.err.println(
          "usage: TaggerAB <classesA> <classesB> <language> <file.conll>[,more] [rounds] [docs]");
      System.exit(2);
    }
    Side a = Side.load(args[0], args[2]);
    Side b = Side.load(args[1], args[2]);
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    int perTurn = args.length > 5 ? Integer.parseInt(args[5]) : 10;
    long[] other = new long[args.length > 6 ? Integer.parseInt(args[6]) << 17 : 0];
    List<List<List<String>>> docs = documents(args[3].split(","), args[2]);
    long tokens = docs.stream().flatMap(List::stream).mapToLong(List::size).sum();
    System.out.printf(Locale.ROOT, "%d documents, %d tokens%n", docs.size(), tokens);
    System.out.printf(Locale.ROOT, "tags that differ: %d%n", differences(a, b, docs));
    if (rounds == 0) {
      return;
    }
    for (int warm = 0; warm < 3; warm++) {
      round(a, b, docs, perTurn, warm, other);
    }
    double sumA = 0;
    double sumB = 0;
    for (int r = 0; r < rounds; r++) {
      double[] cpu = round(a, b, docs, perTurn, r, other);
      sumA += cpu[0];
      sumB += cpu[1];
      System.out.printf(
          Locale.ROOT,
          "round %d: A %.0f, B %.0f tokens per CPU second, B/A %.3f%n",
          r + 1,
          tokens / cpu[0],
          tokens / cpu[1],
          cpu[0] / cpu[1]);
    }
    System.out.printf(
        Locale.ROOT,
        "all rounds: A %.0f, B %.0f tokens per CPU second, B/A %.3f%n",
        tokens * rounds / sumA,
        tokens * rounds / sumB,
        sumA / sumB);
  }

  private static List<List<List<String>>> documents(String[] files, String language)
      throws IOException {
    EntityRecognizer recognizer = EntityModels.shipped().forLanguage(language).orElseThrow();
    TokenScheme scheme = recognizer.card().tokens();
    List<List<List<String>>> docs = new ArrayList<>();
    for (String file : files) {
      ConllReader.read(Path.of(file)).stream()
          .map(
              doc ->
                  doc.sentences().stream()
                      .map(s -> scheme.map(s.tokens(), s.gold()).tokens())
                      .toList())
          .forEach(docs::add);
    }
    return docs;
  }

  private static long differences(Side a, Side b, List<List<List<String>>> docs)
      throws ReflectiveOperationException {
    long differ = 0;
    for (List<List<String>> doc : docs) {
      List<int[]> tagsA = a.tag(doc);
      List<int[]> tagsB = b.tag(doc);
      for (int s = 0; s < tagsA.size(); s++) {
        for (int i = 0; i < tagsA.get(s).length; i++) {
          differ += tagsA.get(s)[i] == tagsB.get(s)[i] ? 0 : 1;
        }
      }
    }
    return differ;
  }

  /** Writes a line of every 64 bytes, as other work between two pages would. */
  private static void touch(long[] other) {
    for (int k = 0; k < other.length; k += 8) {
      other[k]++;
    }
  }

  /**
   * CPU seconds of A and of B over every document, the two taking turns (who starts alternates).
   */
  private static double[] round(
      Side a, Side b, List<List<List<String>>> docs, int perTurn, int round, long[] other)
      throws ReflectiveOperationException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[2];
    for (int from = 0; from < docs.size(); from += perTurn) {
      List<List<List<String>>> turn = docs.subList(from, Math.min(docs.size(), from + perTurn));
      boolean aFirst = ((from / perTurn) + round) % 2 == 0;
      for (int k = 0; k < 2; k++) {
        Side side = (k == 0) == aFirst ? a : b;
        for (List<List<String>> doc : turn) {
          touch(other);
          long start = threads.getCurrentThreadCpuTime();
          side.tag(doc);
          cpu[side == a ? 0 : 1] += threads.getCurrentThreadCpuTime() - start;
        }
      }
    }
    return new double[] {cpu[0] / 1e9, cpu[1] / 1e9};
  }
}
