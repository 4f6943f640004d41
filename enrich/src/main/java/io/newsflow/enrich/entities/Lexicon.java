package io.newsflow.enrich.entities;

import java.util.List;
import java.util.Map;

/**
 * How often each word was seen written in lower case in the training text. A capitalised word that
 * is common in lower case ("The", "Police") is usually capitalised only by position, while one
 * never seen in lower case ("Putin") is likely a name. Immutable; thread-safe.
 */
public final class Lexicon {
  private final Map<String, Integer> lowercaseCounts;

  public Lexicon(Map<String, Integer> lowercaseCounts) {
    this.lowercaseCounts = Map.copyOf(lowercaseCounts);
  }

  public Map<String, Integer> lowercaseCounts() {
    return lowercaseCounts;
  }

  public int lowercaseCount(String lower) {
    return lowercaseCounts.getOrDefault(lower, 0);
  }

  /** The names of the buckets of {@link #bucketIndex}, which are part of feature hashes. */
  static final List<String> BUCKETS = List.of("0", "1", "2-9", "10+");

  /** A coarse bucket of the lower-case count of this (lower-cased) word: "0", "1", "2-9", "10+". */
  String lowercaseBucket(String lower) {
    return BUCKETS.get(bucketIndex(lower));
  }

  /** The index in {@link #BUCKETS} of the word's bucket. */
  int bucketIndex(String lower) {
    int count = lowercaseCounts.getOrDefault(lower, 0);
    if (count == 0) {
      return 0;
    }
    if (count == 1) {
      return 1;
    }
    return count < 10 ? 2 : 3;
  }
}
