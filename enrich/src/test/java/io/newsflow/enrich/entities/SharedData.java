package io.newsflow.enrich.entities;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code ../shared/...} next to the repository root, wherever the build runs from. */
final class SharedData {
  private SharedData() {}

  static Optional<Path> find(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("enrich").resolve("pom.xml"))) {
        Path candidate = dir.resolveSibling("shared").resolve(relative);
        return Files.exists(candidate) ? Optional.of(candidate) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
