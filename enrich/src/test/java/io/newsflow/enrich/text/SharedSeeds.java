package io.newsflow.enrich.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code ../shared/<relative>} next to the repository root, wherever the build runs from. */
final class SharedSeeds {
  private SharedSeeds() {}

  static Optional<Path> dir() {
    return shared("seeds");
  }

  static Optional<Path> shared(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("enrich").resolve("pom.xml"))) {
        Path candidate = dir.resolveSibling("shared").resolve(relative);
        return Files.exists(candidate) ? Optional.of(candidate) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
