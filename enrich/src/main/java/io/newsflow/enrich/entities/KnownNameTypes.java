package io.newsflow.enrich.entities;

import java.util.List;

/**
 * How the first pass typed the document's known names, by their gazetteer type: in a league table
 * the first pass calls some city names ORG ("el Getafe"), and that tells the second pass that the
 * other city names of the document are likely teams too, where a word's own other occurrences
 * ({@link DocumentMemory#firstPassCountsElsewhere}) say nothing new. A capitalised token that the
 * gazetteer knows as type t (any position of any name) gets, per t, the first-pass types (none
 * included) that at least a third of the document's other such words got; a word's own occurrences
 * are left out. Second pass only; one per document.
 */
final class KnownNameTypes {
  private static final int TYPES = TagSet.TYPES.size() + 1;

  /** Per gazetteer type t and first-pass type u: document[t * TYPES + u] tokens. */
  private final int[] document = new int[TYPES * TYPES];

  /** The same per word: byWord[(word * TYPES + t) * TYPES + u]. */
  private final int[] byWord;

  private final int[][] ids;
  private final List<SentenceView> views;

  /** Per gazetteer type t and first-pass type u, the feature id (t 0 is never used). */
  private static final int[][] FEATURES = features();

  KnownNameTypes(List<SentenceView> views, int[][] ids, int words, List<int[]> firstPassTags) {
    this.views = views;
    this.ids = ids;
    this.byWord = new int[words * TYPES * TYPES];
    for (int s = 0; s < views.size(); s++) {
      SentenceView view = views.get(s);
      int[] tags = firstPassTags.get(s);
      for (int i = 0; i < tags.length; i++) {
        int types = view.capitalised[i] ? typesOf(view.gazetteerMarks[i]) : 0;
        int u = TagSet.type(tags[i]);
        for (int t = 1; t < TYPES; t++) {
          if ((types & (1 << t)) != 0) {
            document[t * TYPES + u]++;
            byWord[(ids[s][i] * TYPES + t) * TYPES + u]++;
          }
        }
      }
    }
  }

  /** The gazetteer types among a token's marks (position * 5 + type), as bits 1 << type. */
  static int typesOf(int marks) {
    int types = 0;
    for (int rest = marks; rest != 0; rest &= rest - 1) {
      types |= 1 << (Integer.numberOfTrailingZeros(rest) % 5);
    }
    return types;
  }

  /** Adds the features of capitalised token i of sentence s. */
  void add(int s, int i, FeatureVector out) {
    int types = typesOf(views.get(s).gazetteerMarks[i]);
    int word = ids[s][i];
    for (int t = 1; t < TYPES; t++) {
      if ((types & (1 << t)) == 0) {
        continue;
      }
      int total = 0;
      for (int u = 0; u < TYPES; u++) {
        total += others(word, t, u);
      }
      for (int u = 0; u < TYPES && total > 0; u++) {
        if (3 * others(word, t, u) >= total) {
          out.addHash(FEATURES[t][u]);
        }
      }
    }
  }

  private int others(int word, int t, int u) {
    return document[t * TYPES + u] - byWord[(word * TYPES + t) * TYPES + u];
  }

  private static int[][] features() {
    int[][] ids = new int[TYPES][TYPES];
    for (int t = 1; t < TYPES; t++) {
      for (int u = 0; u < TYPES; u++) {
        ids[t][u] =
            FeatureHash.of(
                Template.KNOWN_NAME_TYPES, TagSet.typeName(t), u == 0 ? "O" : TagSet.typeName(u));
      }
    }
    return ids;
  }
}
