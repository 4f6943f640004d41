package io.newsflow.tools.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.html.HtmlPageParser;
import io.newsflow.enrich.metadata.SiteHost;
import io.newsflow.enrich.metadata.SiteTitles;
import io.newsflow.tools.extraction.MultilingualPageScore.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Scores {@link ArticleExtractor} on the multilingual set ({@code <source>/truth.json} and {@code
 * <source>/html/<id>.html.gz}): full expected texts in precision and recall, expected openings
 * ({@code text_prefix}) and snippets ({@code with}) as checks, titles, authors and dates where the
 * truth has them. Pages are read as a saved file would be: bytes with no charset header. Usage:
 * {@code MultilingualEvaluation <dataset-dir>} (the set, or one source folder of it).
 */
public final class MultilingualEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ArticleExtractor extractor = ArticleExtractor.withDefaultRules();
  private final HtmlPageParser parser = new HtmlPageParser();

  /** As in enrich and extract: titles learned over the pages of a site, in the set's order. */
  private final SiteTitles siteTitles = extractor.newSiteTitles();

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: MultilingualEvaluation <dataset-dir>");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    if (!Files.isDirectory(dir) || sources(dir).isEmpty()) {
      System.err.println("error: " + dir + " holds no truth.json (nor folders with one)");
      System.exit(2);
    }
    new MultilingualEvaluation().run(dir).print(System.out);
  }

  public MultilingualReport run(Path datasetDir) {
    List<MultilingualPageScore> scores = new ArrayList<>();
    for (Path source : sources(datasetDir)) {
      scores.addAll(scoreSource(source));
    }
    return new MultilingualReport(scores);
  }

  /** The folder itself if it holds a truth.json, else its sub-folders that do. */
  public static List<Path> sources(Path dir) {
    if (Files.exists(dir.resolve("truth.json"))) {
      return List.of(dir);
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.exists(p.resolve("truth.json"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<MultilingualPageScore> scoreSource(Path source) {
    try {
      JsonNode truth = JSON.readTree(source.resolve("truth.json").toFile());
      List<MultilingualPageScore> out = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> page = it.next();
        out.add(score(source, page.getKey(), page.getValue()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MultilingualPageScore score(Path source, String id, JsonNode truth) throws IOException {
    byte[] html = gunzip(source.resolve(truth.get("html").asText()));
    String url = text(truth, "url");
    Extraction ex = extractor.extract(parser.parse(html, url));
    String title = siteTitles.clean(SiteHost.of(url), ex.title(), ex.siteName() == null);
    ex = ex.withTitle(title);
    return score(source.getFileName().toString(), id, truth, ex);
  }

  /** Scores one extraction against its truth entry. */
  public static MultilingualPageScore score(
      String source, String id, JsonNode truth, Extraction ex) {
    String got = ex.text();
    Kind kind;
    String expected;
    if (text(truth, "text") != null) {
      kind = Kind.TEXT;
      expected = text(truth, "text");
    } else if (text(truth, "text_prefix") != null) {
      kind = Kind.PREFIX;
      expected = text(truth, "text_prefix");
    } else {
      kind = Kind.SNIPPETS;
      List<String> snippets = new ArrayList<>();
      truth.path("with").forEach(s -> snippets.add(s.asText()));
      expected = String.join("\n", snippets);
    }
    TextUnits units = TextUnits.forText(expected);
    Map<String, Integer> gotGrams = units.grams(got);
    Map<String, Integer> wantGrams = units.grams(expected);
    int tp = Shingles.overlap(gotGrams, wantGrams);
    int fp = kind == Kind.TEXT ? Shingles.size(gotGrams) - tp : 0; // partial truths: recall only
    String squeezedGot = squeeze(got);
    boolean starts;
    boolean contains;
    if (kind == Kind.SNIPPETS) {
      contains = true;
      for (JsonNode s : truth.path("with")) {
        contains &= squeezedGot.contains(squeeze(s.asText()));
      }
      starts = contains && squeezedGot.startsWith(squeeze(truth.path("with").path(0).asText()));
    } else {
      starts = squeezedGot.startsWith(squeeze(expected));
      contains = squeezedGot.contains(squeeze(expected));
    }
    String expectedTitle = text(truth, "title");
    return new MultilingualPageScore(
        source,
        id,
        text(truth, "lang"),
        kind,
        units,
        tp,
        fp,
        Shingles.size(wantGrams) - tp,
        got.isBlank() && !expected.isBlank(),
        starts,
        contains,
        expectedTitle == null
            ? null
            : TitleText.norm(expectedTitle).equals(TitleText.norm(ex.title())),
        TitleText.norm(ex.title()),
        TitleText.norm(expectedTitle),
        authorsMatch(truth.get("authors"), ex.authors()),
        text(truth, "publishing_date") == null
            ? null
            : ExtractionEvaluation.timeMatch(text(truth, "publishing_date"), ex.publishedTime()));
  }

  /** The same people, in any order; null where the truth lists nobody. */
  static Boolean authorsMatch(JsonNode expected, List<String> got) {
    if (expected == null || !expected.isArray() || expected.isEmpty()) {
      return null;
    }
    Set<String> want = new TreeSet<>();
    expected.forEach(a -> want.add(nameKey(a.asText())));
    Set<String> have = new TreeSet<>();
    got.forEach(a -> have.add(nameKey(a)));
    return want.equals(have);
  }

  private static String nameKey(String name) {
    return norm(name).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "");
  }

  /** Whitespace dropped: block breaks and spacing differ between extractors, not the content. */
  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\p{Z}]+", "");
  }

  private static String norm(String s) {
    return s == null ? "" : s.replaceAll("[\\s\\p{Z}]+", " ").trim();
  }

  private static String text(JsonNode node, String field) {
    JsonNode n = node.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
