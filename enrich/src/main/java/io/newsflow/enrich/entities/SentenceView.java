package io.newsflow.enrich.entities;

import java.util.List;
import java.util.Locale;

/**
 * One sentence as the feature extractor sees it: each token normalised to the CoNLL conventions
 * (straight quotes, ASCII dashes) plus the per-token values every feature needs, computed once.
 */
final class SentenceView {
  /** Share of all-caps words above which a sentence is a headline written in capitals. */
  private static final double CAPS_SENTENCE_SHARE = 0.7;

  final String[] words;
  final String[] lower;
  final String[] shapes;
  final String[] shortShapes;
  final boolean[] capitalised;
  final int[] gazetteerMarks;
  final int[] namePartMarks;
  final boolean capsSentence;

  SentenceView(List<String> tokens, Gazetteer gazetteer) {
    int n = tokens.size();
    words = new String[n];
    lower = new String[n];
    shapes = new String[n];
    shortShapes = new String[n];
    capitalised = new boolean[n];
    int letterWords = 0;
    int capsWords = 0;
    for (int i = 0; i < n; i++) {
      String word = normalise(tokens.get(i));
      words[i] = word;
      lower[i] = word.toLowerCase(Locale.ROOT);
      shapes[i] = WordShape.longShape(word);
      shortShapes[i] = WordShape.shortShape(word);
      capitalised[i] = WordShape.isCapitalized(word);
      if (Character.isLetter(word.charAt(0))) {
        letterWords++;
        capsWords += WordShape.isAllCaps(word) ? 1 : 0;
      }
    }
    gazetteerMarks = gazetteer.annotate(lower);
    namePartMarks = gazetteer.nameParts(lower);
    capsSentence = letterWords >= 2 && capsWords >= CAPS_SENTENCE_SHARE * letterWords;
  }

  int size() {
    return words.length;
  }

  /** Maps typographic quotes and dashes to the ASCII forms of the training data. */
  static String normalise(String token) {
    if (token.length() > 3) {
      return token.indexOf('\u2019') >= 0 ? token.replace('\u2019', '\'') : token;
    }
    switch (token) {
      case "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "``", "''":
        return "\"";
      case "\u2018", "\u2019", "`":
        return "'";
      case "\u2013", "\u2014", "--", "\u2012", "\u2015":
        return "-";
      default:
        return token.replace('\u2019', '\'');
    }
  }
}
