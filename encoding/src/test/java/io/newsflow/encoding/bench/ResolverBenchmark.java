package io.newsflow.encoding.bench;

import io.newsflow.encoding.CharsetResolver;
import io.newsflow.encoding.TextDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * How long resolving a page's charset takes next to a bare jsoup parse of it, over the pages of the
 * given folders ({@code source.html}, {@code *.html}, {@code *.html.gz}). Not a test: run it by
 * hand, on a quiet machine, and read the figures.
 *
 * <pre>java -cp encoding/target/classes:encoding/target/test-classes:JUNIVERSALCHARDET:JSOUP \
 *   io.newsflow.encoding.bench.ResolverBenchmark ../shared/datasets/readability-test-pages</pre>
 */
public final class ResolverBenchmark {
  private ResolverBenchmark() {}

  public static void main(String[] args) throws IOException {
    List<byte[]> pages = new ArrayList<>();
    for (String dir : args) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path f : files.filter(ResolverBenchmark::isPage).sorted().toList()) {
          pages.add(read(f));
        }
      }
    }
    long bytes = pages.stream().mapToLong(p -> p.length).sum();
    System.out.printf(Locale.ROOT, "%d pages, %.1f MB%n", pages.size(), bytes / 1e6);
    for (int round = 1; round <= 7; round++) {
      long resolve = time(() -> pages.forEach(p -> sink(CharsetResolver.resolve(p, null))));
      long decode =
          time(
              () ->
                  pages.forEach(
                      p -> sink(TextDecoder.decode(p, CharsetResolver.resolve(p, null)))));
      long string =
          time(
              () ->
                  pages.forEach(p -> sink(new String(p, java.nio.charset.StandardCharsets.UTF_8))));
      long parse = time(() -> pages.forEach(p -> sink(parse(p))));
      System.out.printf(Locale.ROOT, "  new String(UTF-8) %.1f ms%n", string / 1e6);
      System.out.printf(
          Locale.ROOT,
          "round %d: resolve %.1f ms (%.0f MB/s), resolve+decode %.1f ms, jsoup parse %.1f ms: resolve is %.1f%% of a parse%n",
          round,
          resolve / 1e6,
          bytes / (resolve / 1e3),
          decode / 1e6,
          parse / 1e6,
          100.0 * resolve / parse);
    }
  }

  private static Object parse(byte[] page) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(page), null, "");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int sunk;

  private static void sink(Object o) {
    sunk += o.hashCode() & 1;
  }

  private static long time(Runnable r) {
    long start = System.nanoTime();
    r.run();
    return System.nanoTime() - start;
  }

  private static boolean isPage(Path p) {
    String name = p.getFileName().toString();
    return name.equals("source.html")
        || (name.endsWith(".html") && !name.equals("expected.html"))
        || name.endsWith(".html.gz");
  }

  private static byte[] read(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      return (f.toString().endsWith(".gz") ? new GZIPInputStream(in) : in).readAllBytes();
    }
  }
}
