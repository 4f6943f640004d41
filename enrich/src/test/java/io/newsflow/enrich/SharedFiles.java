package io.newsflow.enrich;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code ../shared/<relative>} next to the repository root, wherever the build runs from (the
 * repository root or a module): the seeds and the development datasets live there.
 */
public final class SharedFiles {
  private SharedFiles() {}

  public static Optional<Path> find(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("enrich").resolve("pom.xml"))) {
        Path candidate = dir.resolveSibling("shared").resolve(relative);
        return Files.exists(candidate) ? Optional.of(candidate) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Mozilla Readability's test pages (a folder per page: source.html, expected.html...). */
  public static Optional<Path> readabilityPages() {
    return find("datasets/readability-test-pages");
  }

  public static Optional<Path> seeds() {
    return find("seeds");
  }
}
