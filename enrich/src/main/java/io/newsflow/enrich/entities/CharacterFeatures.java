package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The features of a sentence cut into single characters ({@link FeatureOptions#characterWords}),
 * used instead of the word features: a word's case, shape and affixes say nothing about one Han
 * character, and a word's neighbours are a character's n-grams. Per token: the characters two
 * either side, their bigrams and trigrams, the character classes around it, the longest training
 * name (of each type) that begins, ends or runs through it ({@link CharacterNames}, jackknifed like
 * the gazetteer), how often it opens a person's name or closes an organisation's or place's, and
 * the longest common word (the {@link Lexicon}) that begins or ends at it, since no word boundary
 * is written. Computed once per sentence for both passes. Stateless.
 */
final class CharacterFeatures {
  private static final String START = "<s>";
  private static final String END = "</s>";

  private CharacterFeatures() {}

  /** Per token of the sentence, its tag-independent feature hashes. */
  static int[][] of(SentenceView s, CharacterNames names, Lexicon lexicon, WordClusters clusters) {
    int n = s.size();
    String[] unit = new String[n];
    String[] kind = new String[n];
    for (int i = 0; i < n; i++) {
      unit[i] = unit(s.lower[i]);
      kind[i] = kind(s.lower[i]);
    }
    CharacterNames.Matches matches = names.match(s.lower);
    WordView words = WordView.of(s, clusters);
    int[][] out = new int[n][];
    List<Integer> f = new ArrayList<>(48);
    for (int i = 0; i < n; i++) {
      f.clear();
      f.add(FeatureHash.BIAS);
      for (int d = -2; d <= 2; d++) {
        f.add(hash(Template.CHAR_UNIGRAM, offset(d), at(unit, i + d)));
      }
      for (int d = -2; d <= 1; d++) {
        f.add(hash(Template.CHAR_BIGRAM, offset(d), at(unit, i + d), at(unit, i + d + 1)));
      }
      f.add(hash(Template.CHAR_SKIP, at(unit, i - 1), at(unit, i + 1)));
      for (int d = -2; d <= 0; d++) {
        f.add(
            hash(
                Template.CHAR_TRIGRAM_AT,
                offset(d),
                at(unit, i + d),
                at(unit, i + d + 1),
                at(unit, i + d + 2)));
      }
      f.add(hash(Template.CHAR_KINDS, at(kind, i - 1), kind[i], at(kind, i + 1)));
      names.addFeatures(matches, i, unit[i], at(unit, i - 1), f);
      addWords(s.lower, i, lexicon, f);
      words.addFeatures(i, f);
      out[i] = f.stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  /** Longest common word looked up: longer ones are rare, and their parts are words too. */
  private static final int MAX_WORD = 4;

  /** The longest common words of the training text that begin and that end at token i. */
  private static void addWords(String[] lower, int i, Lexicon lexicon, List<Integer> out) {
    String begins = "-";
    String ends = "-";
    StringBuilder word = new StringBuilder();
    for (int len = 2; len <= MAX_WORD; len++) {
      String w = join(lower, i, i + len, word);
      if (w != null && lexicon.lowercaseCount(w) > 0) {
        begins = w;
      }
      String e = join(lower, i - len + 1, i + 1, word);
      if (e != null && lexicon.lowercaseCount(e) > 0) {
        ends = e;
      }
    }
    out.add(hash(Template.LEXICON_BEGIN, begins.equals("-") ? "-" : length(begins)));
    out.add(hash(Template.LEXICON_END, ends.equals("-") ? "-" : length(ends)));
    out.add(hash(Template.LEXICON_BEGIN_WORD, begins));
    out.add(hash(Template.LEXICON_END_WORD, ends));
  }

  private static String length(String word) {
    return Integer.toString(word.codePointCount(0, word.length()));
  }

  /** Tokens [from, to) joined, or null outside the sentence or at a token of several chars. */
  private static String join(String[] lower, int from, int to, StringBuilder sb) {
    if (from < 0 || to > lower.length) {
      return null;
    }
    sb.setLength(0);
    for (int k = from; k < to; k++) {
      if (lower[k].codePointCount(0, lower[k].length()) > 1) {
        return null;
      }
      sb.append(lower[k]);
    }
    return sb.toString();
  }

  /** A token as the n-grams see it: digit runs alike ("18" and "2019" are both a number). */
  static String unit(String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if (!Character.isDigit(lower.charAt(k))) {
        return lower;
      }
    }
    return "0";
  }

  /** The class of a token: Han (or other unspaced script), Latin letters, digits, punctuation. */
  static String kind(String token) {
    int cp = token.codePointAt(0);
    if (TokenScheme.isIdeograph(cp)) {
      return "H";
    }
    if (Character.isDigit(cp)) {
      return "D";
    }
    if (Character.isLetter(cp)) {
      return token.length() == 1 ? "L1" : "L";
    }
    return "P";
  }

  private static String at(String[] values, int i) {
    if (i < 0) {
      return START;
    }
    return i >= values.length ? END : values[i];
  }

  private static String offset(int d) {
    return Integer.toString(d);
  }

  static int hash(Template template, String... parts) {
    int h = FeatureHash.start(template);
    for (String part : parts) {
      h = FeatureHash.mix(h, part);
    }
    return FeatureHash.finish(h);
  }

  /** Types as feature strings, for {@link CharacterNames}. */
  static String typeName(int type) {
    return TagSet.typeName(type).toLowerCase(Locale.ROOT);
  }
}
