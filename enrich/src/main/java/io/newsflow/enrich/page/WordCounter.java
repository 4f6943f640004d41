package io.newsflow.enrich.page;

/**
 * Counts words the way readers do across scripts: runs of letters or digits in spaced scripts, and
 * each ideograph or kana in Chinese and Japanese text, which is written without spaces.
 */
public final class WordCounter {
  private WordCounter() {}

  public static int count(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (c < 0x80) { // most of a text: no table lookups
        i++;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9') {
          words += inWord ? 0 : 1;
          inWord = true;
        } else if (c != '\'' && c != '-') {
          inWord = false;
        }
        continue;
      }
      int cp = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
      i += Character.charCount(cp);
      if (isUnspacedScript(cp)) {
        words++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else if (cp != '\'' && cp != '\u2019' && cp != '-') {
        inWord = false;
      }
    }
    return words;
  }

  private static boolean isUnspacedScript(int cp) {
    if (cp < 0x2E80) {
      return false; // below the CJK blocks: no script lookup for most characters of a page
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
