package io.newsflow.tools.train;

import io.newsflow.enrich.entities.ChineseWords;
import io.newsflow.enrich.entities.TokenScheme;
import io.newsflow.enrich.entities.conll.ConllDocument;
import io.newsflow.enrich.entities.conll.ConllReader;
import io.newsflow.enrich.entities.conll.ConllSentence;
import io.newsflow.enrich.entities.conll.SpanScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP alone as a tagger: its person, place and organisation words ({@link ChineseWords}) as PER,
 * LOC and ORG names, scored on a CoNLL file's own word tokens by the scorer of the {@code ner}
 * command. The baseline the trained Chinese tagger is measured against.
 *
 * <pre>
 * java -cp app/target/newsflow.jar:tools/target/newsflow-tools.jar \
 *   io.newsflow.tools.train.ChineseWordsBaseline ../shared/datasets/ner-multilingual/zh/dev.conll
 * </pre>
 */
public final class ChineseWordsBaseline {
  private ChineseWordsBaseline() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1 && args.length != 2) {
      System.err.println("usage: ChineseWordsBaseline <file.conll> [tagged-out]");
      System.exit(2);
    }
    SpanScorer scorer = new SpanScorer();
    java.io.PrintWriter out =
        args.length == 2
            ? new java.io.PrintWriter(
                java.nio.file.Files.newBufferedWriter(
                    Path.of(args[1]), java.nio.charset.StandardCharsets.UTF_8))
            : null;
    long started = System.nanoTime();
    for (ConllDocument doc : ConllReader.read(Path.of(args[0]))) {
      for (ConllSentence sentence : doc.sentences()) {
        TokenScheme.Mapped mapped = TokenScheme.CHARACTERS.map(sentence.tokens(), sentence.gold());
        List<String> tags = tags(mapped.tokens());
        List<String> predicted =
            TokenScheme.CHARACTERS.back(mapped, tags, sentence.tokens().size());
        scorer.add(sentence.gold(), predicted);
        if (out != null) {
          for (int i = 0; i < predicted.size(); i++) {
            out.println(sentence.lines().get(i) + " " + predicted.get(i));
          }
          out.println();
        }
      }
    }
    if (out != null) {
      out.close();
    }
    System.err.printf(
        java.util.Locale.ROOT, "%.1f s%n%s", (System.nanoTime() - started) / 1e9, scorer.report());
  }

  /** IOB2 tags of the model tokens from HanLP's name words over their joined text. */
  static List<String> tags(List<String> tokens) {
    StringBuilder text = new StringBuilder();
    int[] start = new int[tokens.size()];
    for (int k = 0; k < tokens.size(); k++) {
      start[k] = text.length();
      text.append(tokens.get(k));
    }
    String[] charTag = new String[text.length()];
    java.util.Arrays.fill(charTag, "O");
    for (ChineseWords.Word word : ChineseWords.of(text.toString())) {
      String type = word.nameType();
      if (type != null) {
        charTag[word.start()] = "B-" + type;
        for (int c = word.start() + 1; c < word.end(); c++) {
          charTag[c] = "I-" + type;
        }
      }
    }
    List<String> tags = new ArrayList<>(tokens.size());
    for (int k = 0; k < tokens.size(); k++) {
      tags.add(charTag[start[k]]);
    }
    return tags;
  }
}
