package io.newsflow.encoding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code ../shared/<relative>} next to the repository root, wherever the build runs from (the
 * repository root or a module): the development datasets live there.
 */
final class SharedFiles {
  private SharedFiles() {}

  static Optional<Path> find(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("encoding").resolve("pom.xml"))) {
        Path candidate = dir.resolveSibling("shared").resolve(relative);
        return Files.exists(candidate) ? Optional.of(candidate) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Mozilla Readability's test pages: a folder per page, each with its source.html. */
  static Optional<Path> readabilityPages() {
    return find("datasets/readability-test-pages");
  }

  /**
   * Pages in 28 languages: {@code <source>/html/<id>.html.gz}, listed in {@code
   * <source>/truth.json}.
   */
  static Optional<Path> multilingualPages() {
    return find("datasets/extraction-multilingual");
  }
}
