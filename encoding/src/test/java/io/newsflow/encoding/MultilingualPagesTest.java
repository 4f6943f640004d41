package io.newsflow.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Every page of the multilingual set (28 languages, a few declared in legacy charsets) decodes to
 * sensible text: no U+FFFD, and, where it is not read as UTF-8, none of the telltale pairs that
 * UTF-8 read in a single-byte charset leaves ("Ã¼", "â€™"). Read as UTF-8 with nothing replaced,
 * such pairs are the page's own (Times of India's CSS has a double-encoded bullet). Skipped without
 * ../shared.
 */
class MultilingualPagesTest {
  /** UTF-8 read as windows-1252: a lead byte's letter followed by a continuation byte's. */
  private static final Pattern MOJIBAKE =
      Pattern.compile("[ÂÃÅÆÐÑØÙ][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€");

  @Test
  void everyPageDecodesWithoutReplacementsOrMojibake() throws IOException {
    Path dataset = SharedFiles.multilingualPages().orElse(null);
    assumeTrue(dataset != null, "../shared/datasets/extraction-multilingual not found");
    List<Path> pages;
    try (Stream<Path> files = Files.walk(dataset)) {
      pages = files.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
    }
    Map<String, Integer> byCharset = new TreeMap<>();
    List<String> damaged = new ArrayList<>();
    List<String> notJsoups = new ArrayList<>();
    for (Path page : pages) {
      byte[] bytes = gunzip(page);
      ResolvedCharset charset = CharsetResolver.resolve(bytes, null);
      DecodedText text = TextDecoder.decode(bytes, charset);
      byCharset.merge(
          charset.name() + " " + charset.source() + (charset.overridden() ? " overridden" : ""),
          1,
          Integer::sum);
      String name = dataset.relativize(page).toString();
      int mojibake = charset.name().equals("UTF-8") ? 0 : count(MOJIBAKE.matcher(text.text()));
      if (text.replaced() > 0 || mojibake > 0) {
        damaged.add(
            name
                + ": "
                + charset
                + ", "
                + text.replaced()
                + " U+FFFD, "
                + mojibake
                + " mojibake pairs"
                + sample(text.text()));
      }
      Charset jsoup = Jsoup.parse(new ByteArrayInputStream(bytes), null, "").charset();
      if (!jsoup.equals(charset.charset())) {
        notJsoups.add(name + ": jsoup " + jsoup.name() + ", ours " + charset);
      }
    }
    System.out.println(
        "multilingual pages: "
            + pages.size()
            + "\n  charsets: "
            + byCharset
            + "\n  with U+FFFD or mojibake: "
            + damaged.size()
            + "\n    "
            + String.join("\n    ", damaged)
            + "\n  charset differs from jsoup's: "
            + notJsoups.size()
            + "\n    "
            + String.join("\n    ", notJsoups));
    assertTrue(pages.size() >= 300, "pages: " + pages.size());
    assertEquals(List.of(), damaged);
  }

  private static String sample(String text) {
    Matcher m = MOJIBAKE.matcher(text);
    int at = m.find() ? m.start() : text.indexOf('\uFFFD');
    return at < 0
        ? ""
        : " near \""
            + text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30))
                .replace('\n', ' ')
            + "\"";
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
