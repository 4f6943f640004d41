package io.newsflow.enrich.entities;

/**
 * Features for a sentence cut into single characters ({@link FeatureOptions#characterWords}):
 * character bigrams and trigrams around the token, and the longest known word (from the {@link
 * Lexicon}) that begins, ends or runs through it. Stateless.
 */
final class CharacterFeatures {
  /** Longest word looked up; longer names are covered by the gazetteer. */
  private static final int MAX_WORD = 6;

  private static final String PAD = "<s>";

  private CharacterFeatures() {}

  static void add(SentenceView s, int i, Lexicon lexicon, FeatureVector out) {
    out.add(Template.CHAR_BIGRAM_M2, at(s, i - 2), at(s, i - 1));
    out.add(Template.CHAR_BIGRAM_P2, at(s, i + 1), at(s, i + 2));
    out.add(Template.CHAR_SKIP, at(s, i - 1), at(s, i + 1));
    out.add(Template.CHAR_TRIGRAM, at(s, i - 1), s.lower[i], at(s, i + 1));
    addWords(s, i, lexicon, out);
  }

  private static void addWords(SentenceView s, int i, Lexicon lexicon, FeatureVector out) {
    String begins = null;
    String ends = null;
    boolean inside = false;
    StringBuilder word = new StringBuilder();
    for (int len = 2; len <= MAX_WORD; len++) {
      String w = join(s, i, i + len, word);
      if (w != null && lexicon.lowercaseCount(w) > 0) {
        begins = w;
      }
      String e = join(s, i - len + 1, i + 1, word);
      if (e != null && lexicon.lowercaseCount(e) > 0) {
        ends = e;
      }
      for (int start = i - len + 2; start < i && !inside; start++) {
        String m = join(s, start, start + len, word);
        inside = m != null && lexicon.lowercaseCount(m) > 0;
      }
    }
    out.add(Template.LEXICON_BEGIN, begins == null ? "-" : Integer.toString(begins.length()));
    out.add(Template.LEXICON_END, ends == null ? "-" : Integer.toString(ends.length()));
    out.add(Template.LEXICON_INSIDE, inside ? "1" : "0");
    if (begins != null) {
      out.add(Template.LEXICON_BEGIN_WORD, begins);
    }
    if (ends != null) {
      out.add(Template.LEXICON_END_WORD, ends);
    }
  }

  /** Tokens [from, to) joined, or null outside the sentence or past one character a token. */
  private static String join(SentenceView s, int from, int to, StringBuilder sb) {
    if (from < 0 || to > s.size()) {
      return null;
    }
    sb.setLength(0);
    for (int k = from; k < to; k++) {
      if (s.lower[k].length() > 2) {
        return null;
      }
      sb.append(s.lower[k]);
    }
    return sb.toString();
  }

  private static String at(SentenceView s, int i) {
    return i < 0 || i >= s.size() ? PAD : s.lower[i];
  }
}
