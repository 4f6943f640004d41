package io.newsflow.enrich.entities;

/** Orthographic summaries of a word: "Xi-2" has shape "Xx-d" (short) and "Xx-d" (long). */
final class WordShape {
  private static final int MAX_LONG = 12;

  private WordShape() {}

  /** Each char mapped to X, x, d or itself; capped in length so long words share shapes. */
  static String longShape(String word) {
    StringBuilder sb = new StringBuilder(Math.min(word.length(), MAX_LONG));
    for (int i = 0; i < word.length() && sb.length() < MAX_LONG; i++) {
      sb.append(classOf(word.charAt(i)));
    }
    return sb.toString();
  }

  /** Like the long shape with runs of the same class collapsed: "McDonald" is "XxXx". */
  static String shortShape(String word) {
    StringBuilder sb = new StringBuilder();
    char last = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = classOf(word.charAt(i));
      if (c != last) {
        sb.append(c);
        last = c;
      }
    }
    return sb.toString();
  }

  private static char classOf(char c) {
    if (Character.isUpperCase(c)) {
      return 'X';
    }
    if (Character.isLowerCase(c) || Character.isLetter(c)) {
      return 'x';
    }
    return Character.isDigit(c) ? 'd' : c;
  }

  static boolean isCapitalized(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /**
   * A word of lower-case letters ("said", "über") or one punctuation mark (","): not "iPhone",
   * "1996", "北京" (no case), "советско-германских" or ".de" (names are made of such parts).
   */
  static boolean isPlain(String word) {
    if (word.length() == 1) {
      char c = word.charAt(0);
      return Character.isLowerCase(c) || !Character.isLetterOrDigit(c);
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  /** All letters upper case and at least one letter: "NATO", "U.S.". */
  static boolean isAllCaps(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }
}
