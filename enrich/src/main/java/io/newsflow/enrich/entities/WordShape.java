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
