package io.newsflow.ingest.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a URL list: one URL a line; blank lines and lines starting with '#' are ignored. */
public final class UrlListReader {
  private UrlListReader() {}

  public static List<String> read(Path file) throws IOException {
    List<String> urls = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String url = line.strip();
      if (!url.isEmpty() && !url.startsWith("#")) {
        urls.add(url);
      }
    }
    return urls;
  }
}
