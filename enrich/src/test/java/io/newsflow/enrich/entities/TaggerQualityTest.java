package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.entities.conll.ConllEvaluation;
import io.newsflow.enrich.entities.conll.SpanScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quality gate: span F1 of each committed model on its development set (what {@code newsflow ner
 * --conll FILE --language xx} prints), when the data is here. Floors are pinned a little below the
 * committed models' scores; raise them when a model improves. The floors #17 asked for (de 0.80,
 * es/nl/fr/it/ru 0.85, pt 0.80) are reached for French, Italian, Dutch and Portuguese, not for
 * German, Spanish and Russian: see MODELS.md. German is scored on the held-out (odd) half of
 * GermEval dev only: its model trained on the even half.
 */
class TaggerQualityTest {
  /** Pinned a little below the committed model's score; raise it when the model improves. */
  static final double MIN_TESTA_F1 = 0.93;

  @Test
  void testaF1StaysAboveThePinnedFloor() throws IOException {
    Optional<Path> testa = SharedData.find("datasets/conll2003/eng.testa");
    assumeTrue(testa.isPresent(), "../shared/datasets/conll2003/eng.testa not found");
    NerTagger tagger = EntityRecognizer.loadDefault().tagger();
    SpanScorer scorer = ConllEvaluation.evaluate(tagger, testa.get(), null);
    System.out.print(scorer.report());
    assertTrue(scorer.f1() >= MIN_TESTA_F1, "testa F1 " + scorer.f1() + " < " + MIN_TESTA_F1);
  }

  @ParameterizedTest
  @CsvSource({
    "de, 0.70",
    "es, 0.825",
    "nl, 0.85",
    "fr, 0.90",
    "it, 0.89",
    "pt, 0.80",
    "ru, 0.815",
  })
  void devF1OfEachLanguageStaysAboveItsPinnedFloor(String language, double floor)
      throws IOException {
    Optional<Path> dev = SharedData.find("datasets/ner-multilingual/" + language + "/dev.conll");
    assumeTrue(dev.isPresent(), "../shared/datasets/ner-multilingual/" + language + " not found");
    EntityRecognizer recognizer = EntityModels.shipped().forLanguage(language).orElseThrow();
    if (recognizer.card().trainedOnHalfOf() != null) {
      // Trained on half of this file (German): a floor is only meaningful on the other half.
      assertTrue(
          ConllEvaluation.scoresHeldOutHalfOnly(recognizer.card(), dev.get()),
          language + ": the dev file is not the one the model's card names");
    }
    SpanScorer scorer = ConllEvaluation.evaluate(recognizer, dev.get(), null);
    System.out.printf(Locale.ROOT, "%s (%s):%n%s", language, recognizer.modelId(), scorer.report());
    assertTrue(scorer.f1() >= floor, language + " dev F1 " + scorer.f1() + " < " + floor);
  }
}
