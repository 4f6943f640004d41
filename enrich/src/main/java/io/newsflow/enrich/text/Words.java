package io.newsflow.enrich.text;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word counts that also work for scripts without spaces: two Han or kana characters count as a
 * word.
 */
final class Words {
  private static final Pattern CLOSING_MARKS = Pattern.compile("[\\s.:!|»›>]+$");

  private Words() {}

  // Not page.WordCounter (one word per Han/kana char, for Article.word_count): the cleaner's length
  // thresholds are tuned on this count.
  static int count(CharSequence s) {
    int words = 0;
    int ideographs = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isIdeograph(c)) {
        ideographs++;
        inWord = false;
      } else if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else if (c != '\'' && c != '’' && c != '-') {
        inWord = false;
      }
    }
    return words + (ideographs + 1) / 2;
  }

  /**
   * The words that carry a subject: in scripts written with spaces the lower-cased words of five
   * letters or more; in Han and Hangul text, which runs words together, each pair of neighbouring
   * characters (kana are left out: they spell endings and particles).
   */
  static Set<String> contentWords(String s) {
    Set<String> out = new HashSet<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      boolean letter = Character.isLetter(c) && !isIdeograph(c);
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (i - start >= 5) {
          out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
        }
        start = -1;
      }
      if (i > 0 && isHanOrHangul(c) && isHanOrHangul(s.charAt(i - 1))) {
        out.add(s.substring(i - 1, i + 1));
      }
    }
    return out;
  }

  /**
   * Counts the capitalised words of {@code s} that open no sentence in {@code names} and adds the
   * words written in lower case to {@code lower}: "The Intercept linked the Reddit account" gives
   * the names Intercept and Reddit.
   */
  static void namesAndLowerCase(String s, Map<String, Integer> names, Set<String> lower) {
    boolean sentenceStart = true;
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        start = start < 0 ? i : start;
        continue;
      }
      if (start >= 0) {
        String w = s.substring(start, i);
        if (Character.isLowerCase(w.charAt(0))) {
          lower.add(w);
        } else if (Character.isUpperCase(w.charAt(0)) && w.length() >= 2 && !sentenceStart) {
          names.merge(w, 1, Integer::sum);
        }
        sentenceStart = false;
        start = -1;
      }
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '“' || c == '„'
          || c == '«' || c == '»') {
        sentenceStart = true;
      }
    }
  }

  /**
   * Lower case, umlauts as a host or a URL spells them ("ö" as "oe", "ß" as "ss"), other accents
   * dropped.
   */
  static String bare(String s) {
    String german =
        s.toLowerCase(Locale.ROOT)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss");
    return Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  private static boolean isHanOrHangul(char c) {
    return isIdeograph(c) && !(c >= 0x3040 && c <= 0x30FF);
  }

  static boolean isIdeograph(char c) {
    return (c >= 0x3040 && c <= 0x30FF)
        || (c >= 0x3400 && c <= 0x9FFF)
        || (c >= 0xAC00 && c <= 0xD7AF)
        || (c >= 0xF900 && c <= 0xFAFF);
  }

  /** How many words start with a letter of a script with case (Latin, Greek, Cyrillic, ...). */
  static int casedWords(String s) {
    return WordStarts.of(s).cased();
  }

  /** Share of words starting with a capital letter, among words starting with a letter. */
  static double titleCaseShare(String s) {
    WordStarts starts = WordStarts.of(s);
    return starts.letters() == 0 ? 0 : (double) starts.upper() / starts.letters();
  }

  /**
   * Counts of the words that start with a letter: any letter, one of a script with case, a capital.
   * Leading punctuation is skipped ("(Foo" starts with F); a digit starts no letter word.
   */
  private record WordStarts(int letters, int cased, int upper) {
    static WordStarts of(String s) {
      int letters = 0;
      int cased = 0;
      int upper = 0;
      boolean start = true;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) {
          start = true;
        } else if (start && Character.isLetterOrDigit(c)) {
          start = false;
          if (Character.isLetter(c)) {
            letters++;
            cased += Character.isUpperCase(c) || Character.isLowerCase(c) ? 1 : 0;
            upper += Character.isUpperCase(c) ? 1 : 0;
          }
        }
      }
      return new WordStarts(letters, cased, upper);
    }
  }

  /** Two or three capitalised words of letters: a person's name on a line of its own. */
  static boolean isName(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length < 2 || words.length > 3) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.charAt(0))
          || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line lower-cased without the marks that close it ("Open this photo in gallery:", "Drucken
   * ›").
   */
  static String wholeLine(String text) {
    return CLOSING_MARKS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
  }
}
