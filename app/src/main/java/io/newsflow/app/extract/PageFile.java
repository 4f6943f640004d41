package io.newsflow.app.extract;

import io.newsflow.ingest.source.SavedPageReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A saved page given to an offline command ({@code extract}, {@code dedup}) and the source it was
 * found in (the directory given, as ingest's directory source).
 */
public record PageFile(Path file, String source) {
  private static final List<String> SUFFIXES =
      List.of(".html.gz", ".htm.gz", ".xhtml.gz", ".txt.gz", ".html", ".htm", ".xhtml", ".txt");

  /**
   * A directory's pages are the ones ingest's directory source reads; a file given by name is read
   * whatever its name.
   */
  public static List<PageFile> of(List<Path> paths) throws IOException {
    List<PageFile> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        SavedPageReader.list(p).forEach(f -> files.add(new PageFile(f, p.toString())));
      } else {
        files.add(new PageFile(p, p.toString()));
      }
    }
    return files;
  }

  /** The first of the paths that does not exist, for the command's usage error. */
  public static Optional<Path> firstMissing(List<Path> paths) {
    return paths.stream().filter(p -> !Files.exists(p)).findFirst();
  }

  /**
   * The file name without its page suffix; a page in a folder of its own is named by the folder.
   */
  public String name() {
    String base = file.getFileName().toString();
    String suffix = suffix(base);
    String stem = suffix == null ? base : base.substring(0, base.length() - suffix.length());
    Path parent = file.toAbsolutePath().getParent();
    boolean genericName = stem.equals("source") || stem.equals("index");
    return genericName && parent != null && parent.getFileName() != null
        ? parent.getFileName().toString()
        : stem;
  }

  /** Where a command writes: the file given, or standard output, which closing must not close. */
  public static OutputStream output(Path out) throws IOException {
    if (out != null) {
      return Files.newOutputStream(out);
    }
    return new FilterOutputStream(System.out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  private static String suffix(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return SUFFIXES.stream().filter(lower::endsWith).findFirst().orElse(null);
  }
}
