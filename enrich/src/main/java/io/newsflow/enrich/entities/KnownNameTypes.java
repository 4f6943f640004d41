package io.newsflow.enrich.entities;

import java.util.List;

/**
 * How the first pass typed the document's other names of the same kind: in a league table the first
 * pass calls some city names ORG ("el Getafe"), and that tells the second pass that the other city
 * names of the document are likely teams too, where a word's own other occurrences ({@link
 * DocumentMemory#firstPassCountsElsewhere}) say nothing new. Two kinds, each a model flag: the
 * gazetteer types of a capitalised token (any position of any name; {@link
 * FeatureOptions#knownNameTypes}) and its word class ({@link FeatureOptions#classMateTypes}, which
 * also reaches names the gazetteer lacks). Per kind, the token gets the first-pass types (none
 * included) that at least a third of the document's other capitalised words of that kind got; a
 * word's own occurrences are left out. Second pass only; one per document.
 */
final class KnownNameTypes {
  private static final int TYPES = TagSet.TYPES.size() + 1;

  /** Word classes + 1 stay below this ({@link WordClusters#BITS}). */
  private static final int CLASSES = 1 << WordClusters.BITS;

  /** Per gazetteer type t and first-pass type u: tokens[t * TYPES + u] (t 0 unused). */
  private final int[] gazetteerTokens;

  /** The same per word: byWord[(word * TYPES + t) * TYPES + u]. */
  private final int[] gazetteerByWord;

  /** Per word class c + 1 and first-pass type u: classTokens[(c + 1) * TYPES + u]. */
  private final int[] classTokens;

  /** Per word and first-pass type u, its capitalised tokens (each word has one class). */
  private final int[] classByWord;

  private final int[][] ids;
  private final List<SentenceView> views;

  /** Counts of the other words of one kind, reused by each {@link #add}. */
  private final int[] others = new int[TYPES];

  /** Per gazetteer type t and first-pass type u, the feature id (t 0 is never used). */
  private static final int[][] GAZETTEER_FEATURES = features(false);

  /** Per first-pass type u, the class-mate feature id. */
  private static final int[] CLASS_FEATURES = features(true)[0];

  KnownNameTypes(List<SentenceView> views, int[][] ids, int words, List<int[]> firstPassTags) {
    this.views = views;
    this.ids = ids;
    SentenceView first = views.get(0);
    gazetteerTokens = first.knownNameTypes ? new int[TYPES * TYPES] : null;
    gazetteerByWord = first.knownNameTypes ? new int[words * TYPES * TYPES] : null;
    classTokens = first.classMateTypes ? new int[CLASSES * TYPES] : null;
    classByWord = first.classMateTypes ? new int[words * TYPES] : null;
    for (int s = 0; s < views.size(); s++) {
      SentenceView view = views.get(s);
      int[] tags = firstPassTags.get(s);
      for (int i = 0; i < tags.length; i++) {
        if (view.capitalised[i]) {
          count(view, ids[s][i], i, TagSet.type(tags[i]));
        }
      }
    }
  }

  private void count(SentenceView view, int word, int i, int u) {
    if (gazetteerTokens != null) {
      int types = typesOf(view.gazetteerMarks[i]);
      for (int t = 1; t < TYPES; t++) {
        if ((types & (1 << t)) != 0) {
          gazetteerTokens[t * TYPES + u]++;
          gazetteerByWord[(word * TYPES + t) * TYPES + u]++;
        }
      }
    }
    int c = view.types[i].wordClass;
    if (classTokens != null && c != 0) {
      classTokens[c * TYPES + u]++;
      classByWord[word * TYPES + u]++;
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
    SentenceView view = views.get(s);
    int word = ids[s][i];
    if (gazetteerTokens != null) {
      int types = typesOf(view.gazetteerMarks[i]);
      for (int t = 1; t < TYPES; t++) {
        if ((types & (1 << t)) != 0) {
          for (int u = 0; u < TYPES; u++) {
            others[u] =
                gazetteerTokens[t * TYPES + u] - gazetteerByWord[(word * TYPES + t) * TYPES + u];
          }
          addShares(others, GAZETTEER_FEATURES[t], out);
        }
      }
    }
    int c = view.types[i].wordClass;
    if (classTokens != null && c != 0) {
      for (int u = 0; u < TYPES; u++) {
        others[u] = classTokens[c * TYPES + u] - classByWord[word * TYPES + u];
      }
      addShares(others, CLASS_FEATURES, out);
    }
  }

  /** The feature of each type that at least a third of the counts have. */
  private static void addShares(int[] counts, int[] features, FeatureVector out) {
    int total = 0;
    for (int n : counts) {
      total += n;
    }
    for (int u = 0; u < TYPES && total > 0; u++) {
      if (3 * counts[u] >= total) {
        out.addHash(features[u]);
      }
    }
  }

  /** By gazetteer type and first-pass type; for class mates, row 0 by first-pass type. */
  private static int[][] features(boolean classMates) {
    int[][] ids = new int[TYPES][TYPES];
    for (int t = classMates ? 0 : 1; t < (classMates ? 1 : TYPES); t++) {
      for (int u = 0; u < TYPES; u++) {
        ids[t][u] =
            FeatureHash.of(
                Template.KNOWN_NAME_TYPES,
                classMates ? "class" : TagSet.typeName(t),
                u == 0 ? "O" : TagSet.typeName(u));
      }
    }
    return ids;
  }
}
