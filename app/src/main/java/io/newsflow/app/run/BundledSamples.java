package io.newsflow.app.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The sample pages shipped inside the jar, copied to a directory so ingest reads them as files. */
public final class BundledSamples {
  private static final String ROOT = "samples";

  private BundledSamples() {}

  public static Path copyTo(Path target) {
    URL url = BundledSamples.class.getClassLoader().getResource(ROOT);
    if (url == null) {
      throw new IllegalStateException("the bundled samples are missing from the classpath");
    }
    try {
      Files.createDirectories(target);
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          copyTree(jar.getPath(ROOT), target);
        }
      } else {
        copyTree(Path.of(uri), target);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the samples to " + target, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.list(from)) {
      pages = files.filter(f -> f.getFileName().toString().endsWith(".html")).toList();
    }
    for (Path page : pages) {
      try (InputStream in = Files.newInputStream(page)) {
        Files.copy(
            in, to.resolve(page.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
