package io.newsflow.app.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generated saved pages: mostly articles, some that must end as dead letters (a PDF saved as HTML
 * in enrich, an empty file in ingest). Returns each page's URL as ingest publishes it.
 */
final class Corpus {
  private static final String[] WORDS = {
    "council", "river", "minister", "report", "harbour", "winter", "market", "election", "bridge",
    "school", "budget", "festival", "station", "court", "village", "energy", "museum", "storm",
    "railway", "hospital", "farmers", "workers", "students", "mayor", "police", "village"
  };

  private Corpus() {}

  static List<String> write(Path dir, int pages, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      Path file = dir.resolve(String.format(Locale.ROOT, "page-%05d.html", i));
      if (i % 40 == 13) {
        Files.write(file, "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
      } else if (i % 97 == 50) {
        Files.write(file, new byte[0]);
      } else {
        Files.writeString(file, article(i, random), StandardCharsets.UTF_8);
      }
      urls.add(file.toAbsolutePath().normalize().toUri().toString());
    }
    return urls;
  }

  private static String article(int i, Random random) {
    StringBuilder html =
        new StringBuilder("<!doctype html><html lang=\"en\"><head><title>Story ")
            .append(i)
            .append("</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Story ")
            .append(i)
            .append("</h1>");
    for (int p = 0; p < 3; p++) {
      html.append("<p>");
      for (int s = 0; s < 4; s++) {
        html.append("The ").append(WORDS[random.nextInt(WORDS.length)]);
        for (int w = 0; w < 9; w++) {
          html.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        html.append(" in story ").append(i).append(". ");
      }
      html.append("</p>");
    }
    return html.append("</article><footer>Share this</footer></body></html>").toString();
  }
}
