package io.newsflow.encoding.eval;

import io.newsflow.encoding.CharsetResolver;
import io.newsflow.encoding.DecodedText;
import io.newsflow.encoding.ResolvedCharset;
import io.newsflow.encoding.TextDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * The "charset lie" on real pages: each UTF-8 page of the multilingual set is re-encoded in its
 * language's legacy charset (characters that charset lacks become '?'), its UTF-8 declaration kept;
 * then the same for its text alone, with no markup and no declaration. A page counts as right when
 * the resolver's charset decodes it back to exactly that text. jsoup's detection on the same bytes
 * is the baseline. Not a test: run it by hand and read the table.
 *
 * <pre>
 * java -cp ... io.newsflow.encoding.eval.CharsetLieEvaluation ../shared/datasets/extraction-multilingual
 * </pre>
 */
public final class CharsetLieEvaluation {
  /** The legacy charset pages in each language were written in before UTF-8. */
  static final Map<String, String> LEGACY = new LinkedHashMap<>();

  static {
    for (String lang : "de en es fr it nb da sv nl id sw zu xh is".split(" ")) {
      LEGACY.put(lang, "windows-1252");
    }
    LEGACY.put("cs", "windows-1250");
    LEGACY.put("pl", "ISO-8859-2");
    LEGACY.put("tr", "windows-1254");
    LEGACY.put("lt", "windows-1257");
    LEGACY.put("lv", "windows-1257");
    LEGACY.put("ru", "windows-1251");
    LEGACY.put("ar", "windows-1256");
    LEGACY.put("vi", "windows-1258");
    LEGACY.put("th", "x-windows-874");
    LEGACY.put("ja", "windows-31j"); // what browsers read Shift_JIS with
    LEGACY.put("zh", "GBK");
    LEGACY.put("ko", "x-windows-949"); // what browsers read EUC-KR with
  }

  private static final Pattern LANG =
      Pattern.compile("\"lang\":\\s*\"([a-z]+)\"|\"html\":\\s*\"(html/[^\"]+)\"");

  private CharsetLieEvaluation() {}

  public static void main(String[] args) throws IOException {
    Path dataset =
        Path.of(args.length > 0 ? args[0] : "../shared/datasets/extraction-multilingual");
    Map<String, int[]> byLang = new TreeMap<>(); // pages, page right, jsoup right, text right
    Map<String, Integer> wrong = new TreeMap<>();
    Map<String, java.util.List<Double>> utf8Shares =
        new TreeMap<>(); // the text read as UTF-8: share of U+FFFD
    for (String source : new String[] {"fundus", "goose3", "newspaper4k", "postlight-parser"}) {
      Matcher m = LANG.matcher(Files.readString(dataset.resolve(source).resolve("truth.json")));
      String lang = null;
      while (m.find()) {
        if (m.group(1) != null) {
          lang = m.group(1);
          continue;
        }
        String legacyName = LEGACY.get(lang);
        byte[] original = gunzip(dataset.resolve(source).resolve(m.group(2)));
        if (legacyName == null || !CharsetResolver.resolve(original, null).name().equals("UTF-8")) {
          continue; // no legacy charset for the language, or not a UTF-8 page to start from
        }
        Charset legacy = Charset.forName(legacyName);
        String page = new String(original, StandardCharsets.UTF_8);
        String text = Jsoup.parse(page).text();
        int[] counts = byLang.computeIfAbsent(lang + " " + legacy.name(), k -> new int[4]);
        counts[0]++;
        byte[] lie = page.getBytes(legacy);
        String expected = new String(lie, legacy);
        ResolvedCharset resolved = CharsetResolver.resolve(lie, null);
        if (TextDecoder.decode(lie, resolved).text().equals(expected)) {
          counts[1]++;
        } else {
          wrong.merge(lang + " page -> " + resolved.name(), 1, Integer::sum);
          System.out.println("page " + m.group(2) + " " + lang + " -> " + resolved);
        }
        Charset jsoup = Jsoup.parse(new ByteArrayInputStream(lie), null, "").charset();
        counts[2] += new String(lie, jsoup).equals(expected) ? 1 : 0;
        byte[] textBytes = text.getBytes(legacy);
        utf8Shares
            .computeIfAbsent(lang, k -> new java.util.ArrayList<>())
            .add(
                TextDecoder.decode(
                        textBytes,
                        new ResolvedCharset(
                            StandardCharsets.UTF_8, ResolvedCharset.Source.DEFAULT, 0, false))
                    .replacedShare());
        ResolvedCharset textResolved = CharsetResolver.resolve(textBytes, null);
        DecodedText decoded = TextDecoder.decode(textBytes, textResolved);
        if (decoded.text().equals(new String(textBytes, legacy))) {
          counts[3]++;
        } else {
          wrong.merge(
              lang
                  + " text -> "
                  + textResolved.name()
                  + (decoded.mostlyUndecodable() ? " (refused)" : ""),
              1,
              Integer::sum);
        }
      }
    }
    System.out.println(
        "language charset        pages  resolver(page)  jsoup(page)  resolver(text only)");
    int[] total = new int[4];
    byLang.forEach(
        (k, c) -> {
          System.out.printf(Locale.ROOT, "%-22s %6d %15d %12d %20d%n", k, c[0], c[1], c[2], c[3]);
          for (int i = 0; i < 4; i++) {
            total[i] += c[i];
          }
        });
    System.out.printf(
        Locale.ROOT, "%-22s %6d %15d %12d %20d%n", "all", total[0], total[1], total[2], total[3]);
    System.out.println("wrong: " + wrong);
    System.out.println("share of U+FFFD in the text alone read as UTF-8 (min / median / max):");
    utf8Shares.forEach(
        (lang, shares) -> {
          java.util.Collections.sort(shares);
          System.out.printf(
              Locale.ROOT,
              "  %s %.3f / %.3f / %.3f%n",
              lang,
              shares.get(0),
              shares.get(shares.size() / 2),
              shares.get(shares.size() - 1));
        });
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
