package io.newsflow.tools.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.SharedFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the multilingual development set (news in 28 languages) when it is
 * present next to the repository, and fails if quality drops below the pinned floors.
 */
class MultilingualQualityTest {
  private static final String DATASET = "datasets/extraction-multilingual";

  // Pinned a little below the figures reached; raise them when the extractor improves.
  private static final double FUNDUS_BODY_F1_FLOOR = 0.966;
  private static final double FUNDUS_BODY_PRECISION_FLOOR = 0.946;
  private static final double FUNDUS_BODY_RECALL_FLOOR = 0.985;

  /** The weakest language with at least {@link #LANGUAGE_MIN_PAGES} fundus pages. */
  private static final double FUNDUS_LANGUAGE_F1_FLOOR = 0.91;

  private static final int LANGUAGE_MIN_PAGES = 3;
  private static final double FUNDUS_TITLE_EXACT_FLOOR = 0.855;
  private static final int MAX_EMPTY_PAGES = 0;
  private static final double OTHER_FULL_TEXT_F1_FLOOR = 0.95;
  private static final double OPENING_UNITS_FOUND_FLOOR = 0.845;

  private static MultilingualReport report;

  @BeforeAll
  static void evaluate() {
    Path dataset = SharedFiles.find(DATASET).orElse(null);
    assumeTrue(dataset != null, "development dataset not found: ../shared/" + DATASET);
    report = new MultilingualEvaluation().run(dataset);
    report.print(System.out);
  }

  @Test
  void newsBodiesStayAboveTheFloorsOverallAndInEveryLanguage() {
    ScoreSlice fundus = report.source("fundus");
    assertAtLeast("fundus body F1", fundus.f1(), FUNDUS_BODY_F1_FLOOR);
    assertAtLeast("fundus body precision", fundus.precision(), FUNDUS_BODY_PRECISION_FLOOR);
    assertAtLeast("fundus body recall", fundus.recall(), FUNDUS_BODY_RECALL_FLOOR);
    Map<String, ScoreSlice> languages = report.byLanguage(p -> p.source().equals("fundus"));
    languages.forEach(
        (lang, slice) -> {
          if (slice.fullText().size() >= LANGUAGE_MIN_PAGES) {
            assertAtLeast("fundus body F1 in " + lang, slice.f1(), FUNDUS_LANGUAGE_F1_FLOOR);
          }
        });
    assertAtLeast("fundus title exact match", fundus.titleExact(), FUNDUS_TITLE_EXACT_FLOOR);
  }

  @Test
  void pagesWithAnExpectedTextComeOutWithText() {
    List<String> empty = report.all().empty().stream().map(MultilingualPageScore::id).toList();
    assertTrue(
        empty.size() <= MAX_EMPTY_PAGES,
        () -> empty.size() + " pages came out empty (at most " + MAX_EMPTY_PAGES + "): " + empty);
    List<String> news =
        report.source("fundus").empty().stream().map(MultilingualPageScore::id).toList();
    assertTrue(news.isEmpty(), () -> "news pages came out empty: " + news);
  }

  @Test
  void theOtherSourcesStayAboveTheirFloors() {
    ScoreSlice others = report.slice(p -> !p.source().equals("fundus"));
    assertAtLeast("full-text body F1 besides fundus", others.f1(), OTHER_FULL_TEXT_F1_FLOOR);
    assertAtLeast("expected openings found", others.foundRate(), OPENING_UNITS_FOUND_FLOOR);
  }

  private static void assertAtLeast(String what, double value, double floor) {
    assertTrue(
        value >= floor,
        () -> String.format(Locale.ROOT, "%s %.4f fell below the floor %.4f", what, value, floor));
  }
}
