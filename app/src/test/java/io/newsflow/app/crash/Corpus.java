package io.newsflow.app.crash;

import static io.newsflow.app.HostileCorpus.deepNesting;
import static io.newsflow.app.HostileCorpus.gzip;
import static io.newsflow.app.HostileCorpus.pdf;
import static io.newsflow.app.HostileCorpus.randomBytes;
import static io.newsflow.app.HostileCorpus.withBogusReferencesInside;
import static io.newsflow.app.HostileCorpus.withInvalidUtf8;

import io.newsflow.app.HostileCorpus;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generated saved pages: mostly articles, and a share of hostile files that must each end as one
 * article or one dead letter: binary noise, a PDF saved as HTML, empty and truncated files, gzip
 * bombs and truncated gzip, deep nesting, lying and mixed charsets, UTF-16 without a BOM, NUL
 * bytes, floods of bogus references, and (rarely, they are big) pages over the body limit, the
 * first of them 50 MB. Returns each page's file name, in the order they should arrive.
 */
final class Corpus {
  private static final String[] WORDS = {
    "council", "river", "minister", "report", "harbour", "winter", "market", "election", "bridge",
    "school", "budget", "festival", "station", "court", "village", "energy", "museum", "storm",
    "railway", "hospital", "farmers", "workers", "students", "mayor", "police", "village"
  };

  /** The kinds of hostile file, each as likely as the others except the big ones. */
  private enum Hostile {
    NOISE,
    PDF,
    EMPTY,
    TRUNCATED_HTML,
    TRUNCATED_GZIP,
    BOMB,
    DEEP_NESTING,
    CHARSET_LIE,
    MIXED_CHARSETS,
    UTF16_NO_BOM,
    INVALID_UTF8,
    NUL_BYTES,
    BOGUS_REFERENCES,
    OVER_BODY_LIMIT
  }

  private Corpus() {}

  /**
   * @param hostileShare the share of hostile files, 0 to 1
   */
  static List<String> write(Path dir, int pages, long seed, double hostileShare)
      throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<String> names = new ArrayList<>();
    int big = 0;
    for (int i = 0; i < pages; i++) {
      if (random.nextDouble() < hostileShare) {
        Hostile kind = Hostile.values()[random.nextInt(Hostile.values().length)];
        if (kind == Hostile.OVER_BODY_LIMIT && (big >= 10 || random.nextInt(10) > 0)) {
          kind = Hostile.NOISE; // a few big files are enough, and they fill the disk
        }
        big += kind == Hostile.OVER_BODY_LIMIT ? 1 : 0;
        names.add(writeHostile(dir, i, kind, random, big == 1 && kind == Hostile.OVER_BODY_LIMIT));
      } else {
        String name = String.format(Locale.ROOT, "page-%05d.html", i);
        Files.writeString(dir.resolve(name), article(i, random), StandardCharsets.UTF_8);
        names.add(name);
      }
    }
    return names;
  }

  private static String writeHostile(Path dir, int i, Hostile kind, Random random, boolean first)
      throws IOException {
    String stem =
        String.format(Locale.ROOT, "hostile-%05d-%s", i, kind.name().toLowerCase(Locale.ROOT));
    byte[] page = article(i, random).getBytes(StandardCharsets.UTF_8);
    String name = stem + ".html";
    byte[] bytes =
        switch (kind) {
          case NOISE -> randomBytes(1 + random.nextInt(256 * 1024), random.nextLong());
          case PDF -> pdf();
          case EMPTY -> new byte[0];
          case TRUNCATED_HTML -> Arrays.copyOf(page, 1 + random.nextInt(page.length - 1));
          case TRUNCATED_GZIP -> {
            byte[] gz = gzip(page);
            yield Arrays.copyOf(gz, 1 + random.nextInt(gz.length - 1));
          }
          case BOMB -> null;
          case DEEP_NESTING -> deepNesting(1_000 + random.nextInt(100_000));
          case CHARSET_LIE -> charsetLie(i, random, "utf-8", Charset.forName("windows-1252"));
          case MIXED_CHARSETS -> mixedCharsets(i, random);
          case UTF16_NO_BOM -> article(i, random).getBytes(StandardCharsets.UTF_16LE);
          case INVALID_UTF8 -> withInvalidUtf8(page);
          case NUL_BYTES ->
              new String(page, StandardCharsets.UTF_8)
                  .replace("e", "e\0")
                  .getBytes(StandardCharsets.UTF_8);
          case BOGUS_REFERENCES -> withBogusReferencesInside(page, 1 + random.nextInt(50));
          case OVER_BODY_LIMIT -> overBodyLimit(i, first ? 50 : 11);
        };
    if (kind == Hostile.BOMB || kind == Hostile.TRUNCATED_GZIP) {
      name = stem + ".html.gz";
    }
    if (kind == Hostile.BOMB) {
      HostileCorpus.writeBomb(dir.resolve(name), 20 + random.nextInt(200));
    } else {
      Files.write(dir.resolve(name), bytes);
    }
    return name;
  }

  /** An article whose meta declares one charset while its bytes are in another. */
  private static byte[] charsetLie(int i, Random random, String declared, Charset actual) {
    String html =
        article(i, random)
            .replace("<head>", "<head><meta charset=\"" + declared + "\">")
            .replace("The ", "Grüße für die Straße: the ");
    return html.getBytes(actual);
  }

  /** UTF-8 and windows-1252 paragraphs in one page, as copy and paste between editors leaves. */
  private static byte[] mixedCharsets(int i, Random random) {
    String html = article(i, random).replace("The ", "Café crème, the ");
    int middle = html.indexOf("</p>") + 4;
    byte[] head = html.substring(0, middle).getBytes(StandardCharsets.UTF_8);
    byte[] tail = html.substring(middle).getBytes(Charset.forName("windows-1252"));
    byte[] all = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  private static byte[] overBodyLimit(int i, int megabytes) {
    String paragraph = "<p>Paragraph of a page that is far too long in story " + i + ".</p>\n";
    String body = paragraph.repeat(megabytes * 1024 * 1024 / paragraph.length() + 1);
    return ("<html><head><title>Big "
            + i
            + "</title></head><body><article>"
            + body
            + "</article></body></html>")
        .getBytes(StandardCharsets.UTF_8);
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
