package io.newsflow.tools.textpages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.html.HtmlPageParser;
import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.text.SiteMemory;
import io.newsflow.enrich.text.TextCleaner;
import io.newsflow.tools.extraction.EvaluationReport;
import io.newsflow.tools.extraction.ExtractionEvaluation;
import io.newsflow.tools.extraction.MultilingualEvaluation;
import io.newsflow.tools.extraction.MultilingualPageScore;
import io.newsflow.tools.extraction.MultilingualReport;
import io.newsflow.tools.extraction.PageScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The text-page development set and its score: every {@code source.html} of a Readability-layout
 * directory rendered as a browser's innerText (chrome included), cleaned by {@link TextCleaner} and
 * scored against {@code expected.html} with the shingle metric of the HTML extractor. The
 * multilingual set ({@code truth.json} and {@code html/<id>.html.gz} per source, see {@link
 * MultilingualEvaluation}) is rendered and scored the same way, per language and source. Usage:
 * {@code TextExtractionEvaluation <dataset-dir> [--write DIR] [--compare-html]}; {@code --write}
 * keeps the rendered set as {@code DIR/<page>.txt}.
 */
public final class TextExtractionEvaluation {
  private static final String BASE_URI = "http://fakehost/test/page.html";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TextCleaner cleaner = TextCleaner.withDefaultRules();
  private final InnerTextRenderer renderer =
      new InnerTextRenderer(BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE));
  private final Path writeTo;
  private final List<String> unrendered = new ArrayList<>();

  public TextExtractionEvaluation(Path writeTo) {
    this.writeTo = writeTo;
  }

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println(
          "usage: TextExtractionEvaluation <dataset-dir> [--write DIR] [--compare-html]");
      System.exit(2);
    }
    Path write = null;
    boolean compare = false;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--write") && i + 1 < args.length) {
        write = Path.of(args[++i]);
      } else if (args[i].equals("--compare-html")) {
        compare = true;
      }
    }
    Path dataset = Path.of(args[0]);
    if (!MultilingualEvaluation.sources(dataset).isEmpty()) {
      System.out.println("text pages (innerText of each page, cleaned by the text path):");
      TextExtractionEvaluation evaluation = new TextExtractionEvaluation(write);
      evaluation.runMultilingual(dataset).print(System.out);
      System.out.printf(
          Locale.ROOT,
          "not scored: %d pages with no text before scripts run %s%n",
          evaluation.unrendered().size(),
          evaluation.unrendered());
      if (compare) {
        System.out.println("HTML extractor on the same pages:");
        new MultilingualEvaluation().run(dataset).print(System.out);
      }
      return;
    }
    EvaluationReport text = new TextExtractionEvaluation(write).run(dataset);
    System.out.println("text pages (innerText of source.html, cleaned by the text path):");
    text.print(System.out);
    if (compare) {
      EvaluationReport html = new ExtractionEvaluation(1).run(Path.of(args[0]));
      System.out.printf(
          Locale.ROOT,
          "HTML extractor on the same pages: body F1 %.4f; text path %.4f (difference %.4f)%n",
          html.bodyF1(),
          text.bodyF1(),
          html.bodyF1() - text.bodyF1());
    }
  }

  public EvaluationReport run(Path datasetDir) {
    List<PageScore> scores = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(datasetDir)) {
      for (Path page : dirs.filter(p -> Files.exists(p.resolve("source.html"))).sorted().toList()) {
        scores.add(score(page));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new EvaluationReport(scores);
  }

  /** The multilingual set: each page read as a saved file, rendered, cleaned and scored. */
  public MultilingualReport runMultilingual(Path datasetDir) {
    HtmlPageParser parser = new HtmlPageParser();
    List<MultilingualPageScore> scores = new ArrayList<>();
    try {
      for (Path source : MultilingualEvaluation.sources(datasetDir)) {
        JsonNode truth = JSON.readTree(source.resolve("truth.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> page = it.next();
          byte[] html = gunzip(source.resolve(page.getValue().get("html").asText()));
          JsonNode url = page.getValue().get("url");
          String text = renderer.render(parser.parse(html, url == null ? BASE_URI : url.asText()));
          write(source.getFileName() + "-" + page.getKey(), text);
          if (text.isBlank()) {
            // The story is drawn by the page's scripts alone: no text page to clean here.
            unrendered.add(page.getKey());
            continue;
          }
          Extraction ex =
              cleaner
                  .clean(text, null, url == null ? null : url.asText(), SiteMemory.NONE)
                  .extraction();
          scores.add(
              MultilingualEvaluation.score(
                  source.getFileName().toString(), page.getKey(), page.getValue(), ex));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MultilingualReport(scores);
  }

  /** The multilingual pages left unscored: their innerText is empty until scripts draw it. */
  public List<String> unrendered() {
    return List.copyOf(unrendered);
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  private void write(String name, String text) throws IOException {
    if (writeTo != null) {
      Files.createDirectories(writeTo);
      Files.writeString(writeTo.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
    }
  }

  /** The innerText of a page's source.html. */
  public String render(Path page) throws IOException {
    return renderer.render(source(page));
  }

  private static Document source(Path page) throws IOException {
    String html = Files.readString(page.resolve("source.html"), StandardCharsets.UTF_8);
    return Jsoup.parse(html, BASE_URI);
  }

  /**
   * The page's address as its producer knew it, read from the saved page (its canonical link or
   * og:url), or null: the test pages were saved without it.
   */
  public static String url(Document doc) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      return canonical.absUrl("href");
    }
    Element og = doc.selectFirst("meta[property=og:url][content]");
    return og == null ? null : og.attr("content");
  }

  private PageScore score(Path page) {
    try {
      Document doc = source(page);
      String url = url(doc);
      String text = renderer.render(doc);
      write(page.getFileName().toString(), text);
      long t0 = System.nanoTime();
      Extraction ex = cleaner.clean(text, null, url, SiteMemory.NONE).extraction();
      long t1 = System.nanoTime();
      return ExtractionEvaluation.score(page, ex, false, 0, t1 - t0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
