package io.newsflow.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a folder of hostile saved pages next to good ones, generated here so that nothing hostile
 * is checked in. The good pages and the hostile variants of good pages come from the bundled
 * samples, one sample each (two copies of one article would be one article to the sink).
 */
public final class HostileCorpus {
  static final String GOOD_1 = "good-1.html";
  static final String GOOD_2 = "good-2.html.gz";
  static final String BOMB = "bomb.html.gz";
  static final String TRUNCATED_GZIP = "truncated.html.gz";
  static final String NOISE = "noise.html";
  static final String PDF = "report-pdf.html";
  static final String INVALID_UTF8 = "invalid-utf8.html";
  static final String NUL_BYTES = "nul-bytes.html";
  static final String CHARSET_LIE = "charset-lie.html";
  static final String DEEP_NESTING = "deep-nesting.html";
  static final String TWENTY_MB = "twenty-mb.html";
  static final String BOGUS_REFS_AROUND = "bogus-refs-around.html";
  static final String BOGUS_REFS_INSIDE = "bogus-refs-inside.html";

  static final String GERMAN_TITLE = "Grüße aus München";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String PROSE =
      "The harbour council approved the new budget on Tuesday after a debate that"
          + " lasted well into the night, members of the council said on Wednesday morning.";

  private final Path dir;
  private final Path samples = RunOutput.repoRoot().resolve("samples");

  private HostileCorpus(Path dir) {
    this.dir = dir;
  }

  /** Writes every page into {@code dir} and returns it. */
  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    new HostileCorpus(dir).writeAll();
    return dir;
  }

  private void writeAll() throws IOException {
    Files.write(dir.resolve(GOOD_1), sample("000"));
    Files.write(dir.resolve(GOOD_2), gzip(sample("001")));
    writeBomb(dir.resolve(BOMB), 150);
    byte[] gzipped = gzip(sample("003"));
    Files.write(dir.resolve(TRUNCATED_GZIP), Arrays.copyOf(gzipped, gzipped.length / 2));
    Files.write(dir.resolve(NOISE), randomBytes(64 * 1024, 1));
    Files.write(dir.resolve(PDF), pdf());
    Files.write(dir.resolve(INVALID_UTF8), withInvalidUtf8(sample("002")));
    Files.write(dir.resolve(NUL_BYTES), nulBytes());
    Files.write(dir.resolve(CHARSET_LIE), charsetLie());
    Files.write(dir.resolve(DEEP_NESTING), deepNesting(100_000));
    String paragraph = "<p>" + PROSE + "</p>\n";
    Files.write(
        dir.resolve(TWENTY_MB),
        page("Twenty megabytes", paragraph.repeat(20 * 1024 * 1024 / paragraph.length() + 1))
            .getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve(BOGUS_REFS_AROUND), withBogusReferencesAround(sample("004"), 3000));
    Files.write(dir.resolve(BOGUS_REFS_INSIDE), withBogusReferencesInside(sample("003"), 20));
  }

  private byte[] sample(String number) throws IOException {
    try (var files = Files.list(samples)) {
      Path file =
          files
              .filter(f -> f.getFileName().toString().startsWith(number + "-"))
              .findFirst()
              .orElseThrow();
      return Files.readAllBytes(file);
    }
  }

  /** {@code megabytes} MB of zero bytes after an HTML start, gzipped to about a thousandth. */
  public static void writeBomb(Path file, int megabytes) throws IOException {
    byte[] zeros = new byte[1024 * 1024];
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 64 * 1024)) {
      out.write(
          "<html><head><title>Bomb</title></head><body><p>".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < megabytes; i++) {
        out.write(zeros);
      }
    }
  }

  public static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  public static byte[] randomBytes(int n, long seed) {
    byte[] bytes = new byte[n];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  /**
   * A PDF's header and objects around a binary stream, as a browser's "save as" of a PDF link
   * leaves it.
   */
  public static byte[] pdf() {
    String head =
        "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Length 8192 /Filter /FlateDecode >>\nstream\n";
    String tail = "\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
    return concat(
        head.getBytes(StandardCharsets.ISO_8859_1),
        randomBytes(8192, 2),
        tail.getBytes(StandardCharsets.ISO_8859_1));
  }

  /**
   * A few malformed UTF-8 sequences (a stray FF, a cut lead byte, a lone continuation, an encoded
   * surrogate) in the body.
   */
  public static byte[] withInvalidUtf8(byte[] page) {
    String s =
        new String(
            page, StandardCharsets.ISO_8859_1); // one char per byte: the bytes stay as they are
    String bad =
        new String(
            new byte[] {
              (byte) 0xFF, (byte) 0xC3, '(', (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0x80
            },
            StandardCharsets.ISO_8859_1);
    int at = s.indexOf("<article");
    for (int i = 0; i < 3; i++) {
      at = s.indexOf("<p", at + 1);
      int text = s.indexOf('>', at) + 1;
      s = s.substring(0, text) + bad + s.substring(text);
    }
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * NUL bytes inside the words of the first paragraph, within the first kilobyte that content
   * sniffing reads.
   */
  static byte[] nulBytes() {
    String text = PROSE.replace("budget", "bud\0get").replace("night", "ni\0\0ght");
    return page("Harbour council approves the budget", "<p>" + text + "</p><p>" + PROSE + "</p>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Declares UTF-8, but the bytes are windows-1252, as pages copied between editors often are. */
  static byte[] charsetLie() {
    String body =
        "<p>Grüße aus München: Die Stadt begrüßt ihre Gäste in diesem Frühjahr mit einer großen Ausstellung"
            + " über die Geschichte der bayerischen Brauereien und der Brücken über die Isar.</p>"
            + "<p>Für die Besucher öffnen die Museen täglich um neun Uhr; die Führungen dauern ungefähr zwei Stunden,"
            + " und Schüler zahlen die Hälfte.</p>";
    String html =
        "<html><head><meta charset=\"utf-8\"><title>"
            + GERMAN_TITLE
            + "</title></head>"
            + "<body><article><h1>"
            + GERMAN_TITLE
            + "</h1>"
            + body
            + "</article></body></html>";
    return html.getBytes(WINDOWS_1252);
  }

  public static byte[] deepNesting(int depth) {
    String html =
        "<html><head><title>Deep</title></head><body>"
            + "<div>".repeat(depth)
            + "<p>"
            + PROSE
            + "</p>"
            + "</div>".repeat(depth)
            + "</body></html>";
    return html.getBytes(StandardCharsets.UTF_8);
  }

  /** References no browser renders as text (surrogates, unknown names) among emoji ones. */
  private static final String BOGUS_REFERENCES =
      "&#xD800; &bogus; &#x1F600; &#128512; &#xDFFF;&notanentity; ";

  /** A flood of bogus references around the article, outside the element that holds it. */
  static byte[] withBogusReferencesAround(byte[] page, int repeats) {
    String s = new String(page, StandardCharsets.UTF_8);
    String flood = "<div class=\"refs\">" + BOGUS_REFERENCES.repeat(repeats) + "</div>";
    int start = s.indexOf("<article");
    int end = s.indexOf("</article>") + "</article>".length();
    return (s.substring(0, start) + flood + s.substring(start, end) + flood + s.substring(end))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Bogus references at the start and end of each paragraph of the article, inside its text. */
  public static byte[] withBogusReferencesInside(byte[] page, int repeats) {
    String s = new String(page, StandardCharsets.UTF_8);
    String flood = BOGUS_REFERENCES.repeat(repeats);
    int at = s.indexOf("<article");
    int end = s.indexOf("</article>");
    StringBuilder out = new StringBuilder(s.substring(0, at));
    while (true) {
      int p = s.indexOf("<p", at);
      int close = s.indexOf("</p>", p);
      if (p < 0 || close < 0 || close > end) {
        break;
      }
      int text = s.indexOf('>', p) + 1;
      out.append(s, at, text).append(flood).append(s, text, close).append(flood);
      at = close;
    }
    return out.append(s.substring(at)).toString().getBytes(StandardCharsets.UTF_8);
  }

  static String page(String title, String body) {
    return "<html><head><title>"
        + title
        + "</title></head><body><article>"
        + body
        + "</article></body></html>";
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
