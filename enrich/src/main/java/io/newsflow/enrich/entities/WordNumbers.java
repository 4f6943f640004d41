package io.newsflow.enrich.entities;

/**
 * Numbers the distinct words of one document in order of first appearance (0, 1, 2...). Open
 * addressing over the words' own hash codes, sized for every word new: no entry objects and no
 * boxed numbers, where a HashMap made both for each of a document's thousands of tokens. Not
 * thread-safe.
 */
final class WordNumbers {
  private final String[] keys;
  private final int[] numbers;
  private final int mask;
  private int count;

  /** Room for {@code words} distinct words at most. */
  WordNumbers(int words) {
    int size = Integer.highestOneBit(Math.max(1, words) * 2 - 1) << 1;
    keys = new String[size];
    numbers = new int[size];
    mask = size - 1;
  }

  /** The word's number, a new one on its first appearance. */
  int number(String word) {
    int at = word.hashCode() & mask;
    for (String key; (key = keys[at]) != null; at = (at + 1) & mask) {
      if (key.equals(word)) {
        return numbers[at];
      }
    }
    keys[at] = word;
    numbers[at] = count;
    return count++;
  }

  /** Distinct words numbered so far. */
  int count() {
    return count;
  }
}
