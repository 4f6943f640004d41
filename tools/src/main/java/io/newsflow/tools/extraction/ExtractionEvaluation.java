package io.newsflow.tools.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.html.HtmlPageParser;
import io.newsflow.enrich.metadata.DateNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Scores {@link ArticleExtractor} against a directory of {@code <page>/source.html}, {@code
 * expected.html} and {@code expected-metadata.json} (the Readability test-page layout). Usage:
 * {@code ExtractionEvaluation <dataset-dir>}.
 */
public final class ExtractionEvaluation {
  /** The base URI the dataset's expected output was produced with. */
  private static final String BASE_URI = "http://fakehost/test/page.html";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DEFAULT_TIMING_RUNS = 3;

  private final ArticleExtractor extractor = ArticleExtractor.withDefaultRules();
  private final HtmlPageParser parser = new HtmlPageParser();
  private final int timingRuns;

  /**
   * @param timingRuns best-of runs per page for the speed figure; 1 skips the warm-up too
   */
  public ExtractionEvaluation(int timingRuns) {
    this.timingRuns = Math.max(1, timingRuns);
  }

  public ExtractionEvaluation() {
    this(DEFAULT_TIMING_RUNS);
  }

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ExtractionEvaluation <dataset-dir>");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    if (!Files.isDirectory(dir) || pageDirs(dir).isEmpty()) {
      System.err.println("error: " + dir + " holds no page folders (each with a source.html)");
      System.exit(2);
    }
    new ExtractionEvaluation().run(dir).print(System.out);
  }

  public EvaluationReport run(Path datasetDir) {
    List<Path> pages = pageDirs(datasetDir);
    if (timingRuns > 1) {
      pages.forEach(this::score); // warm-up so timings compare compiled code
    }
    List<PageScore> scores = new ArrayList<>();
    for (Path page : pages) {
      scores.add(score(page));
    }
    return new EvaluationReport(scores);
  }

  private static List<Path> pageDirs(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.exists(p.resolve("source.html"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PageScore score(Path page) {
    try {
      byte[] source = Files.readAllBytes(page.resolve("source.html"));
      String sourceText = new String(source, StandardCharsets.UTF_8);
      // The dataset stores every page as UTF-8, whatever its meta tag says (as an HTTP header
      // would).
      Document doc = parser.parse(source, "UTF-8", BASE_URI);
      Extraction ex = extractor.extract(doc);
      long parseNanos = Long.MAX_VALUE;
      long extractNanos = Long.MAX_VALUE;
      for (int i = 0; i < timingRuns; i++) { // best of a few runs: keeps GC pauses out
        long t0 = System.nanoTime();
        Document fresh = Jsoup.parse(sourceText, BASE_URI);
        long t1 = System.nanoTime();
        extractor.extract(fresh); // as in the pipeline: right after parsing, tree still in cache
        long t2 = System.nanoTime();
        parseNanos = Math.min(parseNanos, t1 - t0);
        extractNanos = Math.min(extractNanos, t2 - t1);
      }

      return score(page, ex, true, parseNanos, extractNanos);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Scores one extraction against the page's {@code expected.html} and {@code
   * expected-metadata.json}; {@code withLanguage} false leaves the language unscored (text pages
   * carry no declaration).
   */
  public static PageScore score(
      Path page, Extraction ex, boolean withLanguage, long parseNanos, long extractNanos)
      throws IOException {
    Map<String, Integer> got = Shingles.of(ex.text());
    Map<String, Integer> want = Shingles.of(expectedText(page.resolve("expected.html")));
    int tp = Shingles.overlap(got, want);
    JsonNode meta = JSON.readTree(page.resolve("expected-metadata.json").toFile());
    String expectedTitle = TitleText.norm(text(meta, "title"));
    String title = TitleText.norm(ex.title());
    return new PageScore(
        page.getFileName().toString(),
        tp,
        Shingles.size(got) - tp,
        Shingles.size(want) - tp,
        expectedTitle.equals(title),
        title,
        expectedTitle,
        bylineMatch(text(meta, "byline"), ex.authors()),
        String.join(", ", ex.authors()),
        norm(text(meta, "byline")),
        withLanguage ? langMatch(text(meta, "lang"), ex.language()) : null,
        timeMatch(text(meta, "publishedTime"), ex.publishedTime()),
        parseNanos,
        extractNanos);
  }

  /** Text of the expected article in reading order, with block boundaries kept as breaks. */
  public static String expectedText(Path expectedHtml) throws IOException {
    Document doc = Jsoup.parse(Files.readString(expectedHtml, StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(t.getWholeText());
            } else if (node instanceof Element e && e.isBlock()) {
              out.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
              out.append('\n');
            }
          }
        },
        doc.body());
    return out.toString();
  }

  private static String text(JsonNode meta, String field) {
    JsonNode n = meta.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static String norm(String s) {
    return s == null ? "" : s.replaceAll("[\\s\\p{Z}]+", " ").trim();
  }

  private static String nameKey(String s) {
    return norm(s)
        .toLowerCase(Locale.ROOT)
        .replaceFirst("^by\\s+", "")
        .replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  public static Boolean bylineMatch(String expected, List<String> authors) {
    if (expected == null || expected.isBlank()) {
      return null;
    }
    return nameKey(expected).equals(nameKey(String.join(", ", authors)));
  }

  static Boolean langMatch(String expected, String lang) {
    if (expected == null || expected.isBlank()) {
      return null;
    }
    return lang != null && expected.trim().equalsIgnoreCase(lang.trim());
  }

  /** Same instant when both carry an offset, else same local time, else same day. */
  public static Boolean timeMatch(String expected, String got) {
    if (expected == null || expected.isBlank()) {
      return null;
    }
    String want = DateNormalizer.normalize(expected);
    if (want == null || got == null) {
      return false;
    }
    if (want.length() > 10 && got.length() > 10) {
      try {
        return OffsetDateTime.parse(want).toInstant().equals(OffsetDateTime.parse(got).toInstant());
      } catch (RuntimeException bothNeedOffsets) {
        return LocalDateTime.parse(want.substring(0, 19))
            .equals(LocalDateTime.parse(got.substring(0, 19)));
      }
    }
    return want.substring(0, 10).equals(got.substring(0, 10));
  }
}
