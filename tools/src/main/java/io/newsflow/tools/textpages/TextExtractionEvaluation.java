package io.newsflow.tools.textpages;

import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.text.SiteMemory;
import io.newsflow.enrich.text.TextCleaner;
import io.newsflow.tools.extraction.EvaluationReport;
import io.newsflow.tools.extraction.ExtractionEvaluation;
import io.newsflow.tools.extraction.PageScore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The text-page development set and its score: every {@code source.html} of a Readability-layout
 * directory rendered as a browser's innerText (chrome included), cleaned by {@link TextCleaner} and
 * scored against {@code expected.html} with the shingle metric of the HTML extractor. Usage: {@code
 * TextExtractionEvaluation <dataset-dir> [--write DIR] [--compare-html]}; {@code --write} keeps the
 * rendered set as {@code DIR/<page>.txt}.
 */
public final class TextExtractionEvaluation {
  private static final String BASE_URI = "http://fakehost/test/page.html";

  private final TextCleaner cleaner = TextCleaner.withDefaultRules();
  private final InnerTextRenderer renderer =
      new InnerTextRenderer(BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE));
  private final Path writeTo;

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
    EvaluationReport text = new TextExtractionEvaluation(write).run(Path.of(args[0]));
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

  /** The innerText of a page's source.html. */
  public String render(Path page) throws IOException {
    String html = Files.readString(page.resolve("source.html"), StandardCharsets.UTF_8);
    return renderer.render(Jsoup.parse(html, BASE_URI));
  }

  private PageScore score(Path page) {
    try {
      String text = render(page);
      if (writeTo != null) {
        Files.createDirectories(writeTo);
        Files.writeString(
            writeTo.resolve(page.getFileName() + ".txt"), text, StandardCharsets.UTF_8);
      }
      long t0 = System.nanoTime();
      Extraction ex = cleaner.clean(text, null, SiteMemory.NONE).extraction();
      long t1 = System.nanoTime();
      return ExtractionEvaluation.score(page, ex, false, 0, t1 - t0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
