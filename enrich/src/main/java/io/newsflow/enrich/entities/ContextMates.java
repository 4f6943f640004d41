package io.newsflow.enrich.entities;

import java.util.HashMap;
import java.util.Map;

/**
 * Context mates: capitalised words of one document between the same two neighbours after a token of
 * the same type, as the rows of a list or a results table ("Lampón ( Getafe )", "Berruet (
 * Villarreal )"). This is their history in one pass ({@link FeatureOptions#contextMateTypes}): a
 * capitalised word gets the types that at least a third of its earlier mates got in this pass, the
 * earlier sentences as decided and the current one as the decoder's own history has it, so an
 * ambiguous row ("Getafe": a town) is typed like the rows before it. A word's own earlier
 * occurrences are left out ({@link DocumentMemory#countsSoFar} has them). One per document and
 * pass; not thread-safe.
 */
final class ContextMates {
  private static final int TYPES = TagSet.TYPES.size() + 1;

  /** The type two tokens back at a sentence's first two tokens. */
  static final int NO_TYPE = TYPES;

  private static final int[] FEATURES = features();

  /** Per key, the types of its tokens in the sentences recorded so far. */
  private final Map<Integer, int[]> byKey = new HashMap<>();

  /** Per key and word ({@link #pair}), the same. */
  private final Map<Long, int[]> byKeyAndWord = new HashMap<>();

  private final int[] counts = new int[TYPES];

  /**
   * The words either side (numbers and punctuation by their shape, so "2" and "3" of a results
   * table are alike) and the type two tokens back ({@link #NO_TYPE} for none), hashed.
   */
  static int key(SentenceView view, int i, int typeTwoBack) {
    return (neighbour(view.at(i - 1)).hashCode() * 31 + neighbour(view.at(i + 1)).hashCode()) * 31
        + typeTwoBack;
  }

  private static String neighbour(WordFeatures word) {
    return word.letterStart ? word.lower : word.shortShape;
  }

  static long pair(int key, int word) {
    return ((long) key << 32) | word;
  }

  /** Records a decided sentence: its word numbers and each token's type. */
  void record(SentenceView view, int[] ids, int[] types) {
    for (int i = 0; i < types.length; i++) {
      if (view.capitalised[i]) {
        int key = key(view, i, i >= 2 ? types[i - 2] : NO_TYPE);
        byKey.computeIfAbsent(key, k -> new int[TYPES])[types[i]]++;
        byKeyAndWord.computeIfAbsent(pair(key, ids[i]), k -> new int[TYPES])[types[i]]++;
      }
    }
  }

  /**
   * Adds the features of capitalised token i, whose earlier tokens in the sentence have the types
   * {@code types} (read below i only).
   */
  void add(SentenceView view, int[] ids, int i, int[] types, FeatureVector out) {
    int key = key(view, i, i >= 2 ? types[i - 2] : NO_TYPE);
    int[] all = byKey.get(key);
    int[] own = all == null ? null : byKeyAndWord.get(pair(key, ids[i]));
    int total = 0;
    for (int u = 0; u < TYPES; u++) {
      counts[u] = all == null ? 0 : all[u] - (own == null ? 0 : own[u]);
      total += counts[u];
    }
    for (int j = 0; j < i; j++) {
      if (view.capitalised[j]
          && ids[j] != ids[i]
          && key(view, j, j >= 2 ? types[j - 2] : NO_TYPE) == key) {
        counts[types[j]]++;
        total++;
      }
    }
    for (int u = 0; u < TYPES && total > 0; u++) {
      if (3 * counts[u] >= total) {
        out.addHash(FEATURES[u]);
      }
    }
  }

  private static int[] features() {
    int[] ids = new int[TYPES];
    for (int u = 0; u < TYPES; u++) {
      ids[u] =
          FeatureHash.of(
              Template.KNOWN_NAME_TYPES, "context-history", u == 0 ? "O" : TagSet.typeName(u));
    }
    return ids;
  }
}
