package io.newsflow.app.commands;

import io.newsflow.app.cli.UserError;
import io.newsflow.enrich.entities.EntityModels;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.entities.conll.ConllEvaluation;
import io.newsflow.enrich.entities.conll.ConllReader;
import io.newsflow.enrich.entities.conll.SpanScorer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow ner --conll FILE [--language xx]}: tags a CoNLL file with the bundled model of
 * its language, so any external scorer (conlleval) can score it; with gold tags present it also
 * prints span-level scores.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Tags a CoNLL file (token first, a gold IOB1/IOB2 tag last if present): writes each line with one more column,",
      "the predicted IOB2 tag; prints span-level precision, recall and F1 per type to standard error."
    })
public final class NerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--conll",
      required = true,
      paramLabel = "FILE",
      description = "The CoNLL file to tag.")
  Path conll;

  @Option(
      names = "--language",
      paramLabel = "LANG",
      defaultValue = "en",
      description =
          "The language of the file (BCP 47 primary tag): its model tags it. Default: ${DEFAULT-VALUE}.")
  String language;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the tagged lines here instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(conll) || !Files.isReadable(conll)) {
      throw UserError.badValue(
          "--conll", conll, "no such readable file", "give a CoNLL file (token first, tag last)");
    }
    String primary = language.strip().toLowerCase(Locale.ROOT);
    EntityModels models = EntityModels.shipped();
    if (models.card(primary).isEmpty()) {
      throw UserError.badValue(
          "--language",
          language,
          "no model for this language",
          "give one of " + String.join(", ", new TreeSet<>(models.languages())));
    }
    long start = System.nanoTime();
    EntityRecognizer recognizer = models.forLanguage(primary).orElseThrow();
    spec.commandLine()
        .getErr()
        .printf(
            Locale.ROOT,
            "ner: model %s loaded in %.2f s%n",
            recognizer.modelId(),
            (System.nanoTime() - start) / 1e9);
    if (ConllEvaluation.scoresHeldOutHalfOnly(recognizer.card(), conll)) {
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "ner: %s trained on the even 20-sentence blocks of this file; scoring the odd blocks"
                  + " only (all lines are tagged)%n",
              recognizer.modelId());
    }
    SpanScorer scores;
    try (PrintWriter tagged =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(
                    out != null ? Files.newOutputStream(out) : System.out, StandardCharsets.UTF_8),
                1 << 16))) {
      scores = ConllEvaluation.evaluate(recognizer, conll, tagged);
    }
    if (hasGoldTags(conll)) {
      spec.commandLine().getErr().print(scores.report());
      spec.commandLine().getErr().flush();
    }
    return 0;
  }

  private static boolean hasGoldTags(Path file) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("-DOCSTART-"))
          .map(l -> l.split("\\s+"))
          .anyMatch(c -> c.length > 1 && ConllReader.isTag(c[c.length - 1]));
    }
  }
}
