package io.newsflow.enrich.language;

import java.util.Locale;
import java.util.Map;

/**
 * Stopwords to the profiles that list them, looked up by a word's characters where they stand in
 * the text: no substring and no lower-cased copy per word (the guess reads up to 20,000 characters
 * of every article, and most of its words are no stopword). Open addressing over the stopwords' own
 * {@link String#hashCode}, so a word is hashed as it is lower-cased. Immutable.
 */
final class StopwordIndex {
  private final String[] keys;
  private final int[][] profiles;
  private final int mask;
  private final int longest;

  StopwordIndex(Map<String, int[]> profilesByWord) {
    int size = Integer.highestOneBit(Math.max(1, profilesByWord.size()) * 4 - 1) << 1;
    keys = new String[size];
    profiles = new int[size][];
    mask = size - 1;
    int max = 0;
    for (Map.Entry<String, int[]> e : profilesByWord.entrySet()) {
      int at = slot(e.getKey().hashCode());
      while (keys[at] != null) {
        at = (at + 1) & mask;
      }
      keys[at] = e.getKey();
      profiles[at] = e.getValue();
      max = Math.max(max, e.getKey().length());
    }
    longest = max;
  }

  /** Characters in the longest stopword. */
  int longest() {
    return longest;
  }

  /**
   * The profiles listing {@code text[start, end)} in lower case, or null; {@code scratch} holds at
   * least {@link #longest} characters. A word with a capital sigma (lower-cased by its place in the
   * word) or a surrogate is lower-cased by {@link String#toLowerCase}; every other character by
   * {@link Character#toLowerCase(char)}, which is what that method does with it.
   */
  int[] lookup(String text, int start, int end, char[] scratch) {
    int length = end - start;
    if (length > longest) {
      return null;
    }
    int hash = 0;
    for (int k = 0; k < length; k++) {
      char c = text.charAt(start + k);
      if (c >= 0x80 && (c == '\u03A3' || Character.isSurrogate(c))) {
        return lookup(text.substring(start, end).toLowerCase(Locale.ROOT), scratch);
      }
      char lower =
          c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
      scratch[k] = lower;
      hash = 31 * hash + lower;
    }
    return find(scratch, length, hash);
  }

  private int[] lookup(String lower, char[] scratch) {
    if (lower.length() > longest) {
      return null;
    }
    lower.getChars(0, lower.length(), scratch, 0);
    return find(scratch, lower.length(), lower.hashCode());
  }

  private int[] find(char[] word, int length, int hash) {
    for (int at = slot(hash); keys[at] != null; at = (at + 1) & mask) {
      String key = keys[at];
      if (key.length() == length && same(key, word, length)) {
        return profiles[at];
      }
    }
    return null;
  }

  private static boolean same(String key, char[] word, int length) {
    for (int k = 0; k < length; k++) {
      if (key.charAt(k) != word[k]) {
        return false;
      }
    }
    return true;
  }

  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) * 0x9E3779B9 >>> 7 & mask;
  }
}
