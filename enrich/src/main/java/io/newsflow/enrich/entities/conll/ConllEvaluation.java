package io.newsflow.enrich.entities.conll;

import io.newsflow.enrich.entities.EntityModels;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.entities.ModelCard;
import io.newsflow.enrich.entities.NerTagger;
import io.newsflow.enrich.entities.TagSet;
import io.newsflow.enrich.entities.TokenScheme;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Tags a CoNLL file with the committed model. Writes every input line to stdout with one more
 * column, the predicted IOB2 tag ("-DOCSTART-" and blank lines are kept), and prints span-level
 * precision, recall and F1 per type and overall to stderr.
 *
 * <pre>
 * java -cp enrich/target/classes io.newsflow.enrich.entities.conll.ConllEvaluation \
 *   ../shared/datasets/conll2003/eng.testa > /tmp/testa.tagged
 * </pre>
 */
public final class ConllEvaluation {
  private ConllEvaluation() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1 && args.length != 2) {
      System.err.println("usage: ConllEvaluation <file.conll> [language]");
      System.exit(2);
    }
    EntityRecognizer recognizer =
        args.length == 2
            ? EntityModels.shipped().forLanguage(args[1]).orElseThrow()
            : EntityRecognizer.loadDefault();
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
    SpanScorer scorer = evaluate(recognizer, Path.of(args[0]), out);
    out.flush();
    System.err.print(scorer.report());
  }

  /** Tags every document of the file, echoing tagged lines to {@code out} if not null. */
  public static SpanScorer evaluate(NerTagger tagger, Path file, PrintWriter out)
      throws IOException {
    return evaluate(tagger, TokenScheme.WORDS, file, out);
  }

  /**
   * Like {@link #evaluate(NerTagger, Path, PrintWriter)} with the recognizer's token scheme; on the
   * file whose even half the model trained on, only the held-out half is scored (all is tagged).
   */
  public static SpanScorer evaluate(EntityRecognizer recognizer, Path file, PrintWriter out)
      throws IOException {
    return evaluate(
        recognizer::tag,
        recognizer.card().tokens(),
        file,
        out,
        scoresHeldOutHalfOnly(recognizer.card(), file));
  }

  /** Whether the model trained on half of this file, so only the other half may be scored. */
  public static boolean scoresHeldOutHalfOnly(ModelCard card, Path file) throws IOException {
    return card.trainedOnHalfOf() != null && card.trainedOnHalfOf().equals(DevSplit.sha256(file));
  }

  /**
   * Tags every document of the file as model tokens of the scheme and scores the tags mapped back
   * onto the file's tokens against the file's gold tags.
   */
  public static SpanScorer evaluate(
      NerTagger tagger, TokenScheme scheme, Path file, PrintWriter out) throws IOException {
    return evaluate(tagger::tag, scheme, file, out, false);
  }

  private static SpanScorer evaluate(
      Function<List<List<String>>, List<int[]>> tagger,
      TokenScheme scheme,
      Path file,
      PrintWriter out,
      boolean heldOutHalfOnly)
      throws IOException {
    SpanScorer scorer = new SpanScorer();
    List<ConllDocument> documents = ConllReader.read(file);
    for (int d = 0; d < documents.size(); d++) {
      ConllDocument doc = documents.get(d);
      boolean scored = !heldOutHalfOnly || DevSplit.isHeldOut(d);
      List<TokenScheme.Mapped> mapped = new ArrayList<>();
      List<List<String>> modelTokens = new ArrayList<>();
      for (ConllSentence sentence : doc.sentences()) {
        TokenScheme.Mapped m = scheme.map(sentence.tokens(), sentence.gold());
        mapped.add(m);
        modelTokens.add(m.tokens());
      }
      List<int[]> tags = tagger.apply(modelTokens);
      if (out != null) {
        doc.header().forEach(out::println);
      }
      for (int s = 0; s < tags.size(); s++) {
        ConllSentence sentence = doc.sentences().get(s);
        List<String> modelTags = new ArrayList<>();
        for (int tag : tags.get(s)) {
          modelTags.add(TagSet.name(tag));
        }
        List<String> predicted = scheme.back(mapped.get(s), modelTags, sentence.tokens().size());
        if (scored) {
          scorer.add(sentence.gold(), predicted);
        }
        if (out != null) {
          for (int i = 0; i < predicted.size(); i++) {
            out.println(sentence.lines().get(i) + " " + predicted.get(i));
          }
          out.println();
        }
      }
    }
    return scorer;
  }
}
