package io.newsflow.enrich.entities;

import java.util.List;

/**
 * Context mates: the capitalised words of one document that stand between the same two neighbours
 * after a token of the same first-pass type, as the rows of a list or a results table do ("Lampón (
 * Getafe )", "Berruet ( Villarreal )"; "Getafe 2 Eibar 1"). In the second pass a capitalised word
 * gets the first-pass types that at least a third of its mates got, so a row whose word alone is
 * ambiguous ("Getafe", a town) is typed like the other rows. A word's own occurrences are left out:
 * {@link DocumentMemory#firstPassCountsElsewhere} has them. One per document and second pass.
 */
final class ContextMates {
  private static final int TYPES = TagSet.TYPES.size() + 1;

  /** The type two tokens back at a sentence's first two tokens. */
  private static final int NO_TYPE = TYPES;

  /** Per first-pass type of the mates, the feature id. */
  private static final int[] FEATURES = features();

  /** Per key ({@link #key}), the first-pass types of its capitalised tokens. */
  private final TypeCounts byKey;

  /** Per key and word ({@link #pair}), the same. */
  private final TypeCounts byKeyAndWord;

  /** Per sentence, each capitalised token's key. */
  private final int[][] keys;

  private final int[][] ids;

  /** The mates' counts of one {@link #add}, reused. */
  private final int[] counts = new int[TYPES];

  ContextMates(List<SentenceView> views, int[][] ids, List<int[]> firstPassTags) {
    this.ids = ids;
    int capitalised = 0;
    for (SentenceView view : views) {
      for (boolean c : view.capitalised) {
        capitalised += c ? 1 : 0;
      }
    }
    byKey = new TypeCounts(capitalised, TYPES);
    byKeyAndWord = new TypeCounts(capitalised, TYPES);
    keys = new int[views.size()][];
    for (int s = 0; s < views.size(); s++) {
      SentenceView view = views.get(s);
      int[] tags = firstPassTags.get(s);
      keys[s] = new int[tags.length];
      for (int i = 0; i < tags.length; i++) {
        if (view.capitalised[i]) {
          int key = key(view, i, i >= 2 ? TagSet.type(tags[i - 2]) : NO_TYPE);
          keys[s][i] = key;
          int type = TagSet.type(tags[i]);
          byKey.add(key, type);
          byKeyAndWord.add(pair(key, ids[s][i]), type);
        }
      }
    }
  }

  /**
   * The words either side (numbers and punctuation by their shape, so "2" and "3" of a results
   * table are alike) and the type two tokens back, hashed.
   */
  private static int key(SentenceView view, int i, int typeTwoBack) {
    int either = neighbour(view.at(i - 1)).hashCode() * 31 + neighbour(view.at(i + 1)).hashCode();
    return either * 31 + typeTwoBack;
  }

  private static String neighbour(WordFeatures word) {
    return word.letterStart ? word.lower : word.shortShape;
  }

  private static long pair(int key, int word) {
    return ((long) key << 32) | word;
  }

  /** Adds the features of capitalised token i of sentence s. */
  void add(int s, int i, FeatureVector out) {
    int key = keys[s][i];
    int all = byKey.find(key);
    int own = byKeyAndWord.find(pair(key, ids[s][i]));
    int total = 0;
    for (int u = 0; u < TYPES; u++) {
      counts[u] = byKey.count(all, u) - byKeyAndWord.count(own, u);
      total += counts[u];
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
      // "context": the part the trained weights were hashed with.
      ids[u] = FeatureHash.of(Template.CONTEXT_MATES, "context", u == 0 ? "O" : TagSet.typeName(u));
    }
    return ids;
  }
}
