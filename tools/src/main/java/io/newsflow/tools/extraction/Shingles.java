package io.newsflow.tools.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Word 4-gram shingle multisets. Han/kana/hangul characters count as one word each. */
public final class Shingles {
  static final int SIZE = 4;

  private Shingles() {}

  public static Map<String, Integer> of(String text) {
    List<String> words = words(text);
    Map<String, Integer> counts = new HashMap<>();
    if (words.isEmpty()) {
      return counts;
    }
    if (words.size() < SIZE) {
      counts.put(String.join(" ", words), 1);
      return counts;
    }
    for (int i = 0; i + SIZE <= words.size(); i++) {
      counts.merge(String.join(" ", words.subList(i, i + SIZE)), 1, Integer::sum);
    }
    return counts;
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(
            cp -> {
              if (isIdeographic(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
              } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
              } else {
                flush(word, words);
              }
            });
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean isIdeographic(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.HANGUL;
  }

  public static int size(Map<String, Integer> shingles) {
    int n = 0;
    for (int c : shingles.values()) {
      n += c;
    }
    return n;
  }

  /** Shingles both sides share, counted with multiplicity. */
  public static int overlap(Map<String, Integer> a, Map<String, Integer> b) {
    int n = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      Integer other = b.get(e.getKey());
      if (other != null) {
        n += Math.min(e.getValue(), other);
      }
    }
    return n;
  }
}
