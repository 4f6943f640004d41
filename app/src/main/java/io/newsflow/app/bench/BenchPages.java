package io.newsflow.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The pages a benchmark replays: every saved page under a directory, or generated ones. */
final class BenchPages {
  private BenchPages() {}

  /** Every .html, .htm and .txt file under the directory (recursively), in path order. */
  static List<BenchPage> load(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      List<BenchPage> pages = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = dir.relativize(file).toString().replace('\\', '/');
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
          pages.add(new BenchPage(name, "text/html", Files.readAllBytes(file)));
        } else if (lower.endsWith(".txt")) {
          pages.add(new BenchPage(name, "text/plain", Files.readAllBytes(file)));
        }
      }
      if (pages.isEmpty()) {
        throw new IllegalArgumentException("no .html, .htm or .txt files under " + dir);
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
  }

  static long totalBytes(List<BenchPage> pages) {
    return pages.stream().mapToLong(p -> p.body().length).sum();
  }
}
