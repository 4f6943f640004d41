package io.newsflow.tools.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The units a body is scored in: word 4-gram shingles where the script separates words with spaces,
 * character 4-grams where it does not (Chinese, Japanese, Thai, Burmese, Khmer, Lao, Tibetan), so a
 * missing sentence costs the same share of the score in every language. The expected text decides
 * the kind, and both sides are cut the same way.
 */
public enum TextUnits {
  WORDS,
  CHARACTERS;

  static final int SIZE = 4;

  /** Share of letters in scripts without spaces above which characters are the unit. */
  private static final double UNSPACED_SHARE = 0.3;

  /** The unit for a text whose expected form is {@code expected}. */
  public static TextUnits forText(String expected) {
    int letters = 0;
    int unspaced = 0;
    for (int i = 0; i < expected.length(); ) {
      int cp = expected.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        if (isUnspaced(cp)) {
          unspaced++;
        }
      }
    }
    return letters > 0 && unspaced >= UNSPACED_SHARE * letters ? CHARACTERS : WORDS;
  }

  private static boolean isUnspaced(int cp) {
    return switch (Character.UnicodeScript.of(cp)) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
      default -> false;
    };
  }

  /** The multiset of n-grams of {@code text}: case, spaces and punctuation play no part. */
  public Map<String, Integer> grams(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    String sep = this == WORDS ? " " : "";
    if (tokens.size() < SIZE) {
      counts.put(String.join(sep, tokens), 1);
      return counts;
    }
    for (int i = 0; i + SIZE <= tokens.size(); i++) {
      counts.merge(String.join(sep, tokens.subList(i, i + SIZE)), 1, Integer::sum);
    }
    return counts;
  }

  /** Words (letters, marks and digits, so Indic vowel signs stay inside), or single characters. */
  List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      boolean inWord = Character.isLetterOrDigit(cp) || isMark(cp);
      if (this == CHARACTERS) {
        if (inWord) {
          out.add(new String(Character.toChars(cp)));
        }
      } else if (inWord) {
        word.appendCodePoint(cp);
      } else if (word.length() > 0) {
        out.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    return out;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
