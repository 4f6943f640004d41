package io.newsflow.enrich.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * Per context key (the two neighbours and the first-pass type two tokens back), the first-pass
   * type counts of its capitalised tokens; and per key and word (key << 32 | word), the same.
   */
  private final Map<Integer, int[]> contextTokens;

  private final Map<Long, int[]> contextByWord;

  /** Per sentence, each token's context key (capitalised tokens only). */
  private final int[][] contextKeys;

  private final int[][] ids;
  private final List<SentenceView> views;

  /** Counts of the other words of one kind, reused by each {@link #add}. */
  private final int[] others = new int[TYPES];

  /** Per gazetteer type t and first-pass type u, the feature id (t 0 is never used). */
  private static final int[][] GAZETTEER_FEATURES = gazetteerFeatures();

  /** Per first-pass type u, the class-mate feature id. */
  private static final int[] CLASS_FEATURES = features("class");

  /** Per first-pass type u, the context-mate feature id. */
  private static final int[] CONTEXT_FEATURES = features("context");

  KnownNameTypes(List<SentenceView> views, int[][] ids, int words, List<int[]> firstPassTags) {
    this.views = views;
    this.ids = ids;
    SentenceView first = views.get(0);
    gazetteerTokens = first.knownNameTypes ? new int[TYPES * TYPES] : null;
    gazetteerByWord = first.knownNameTypes ? new int[words * TYPES * TYPES] : null;
    classTokens = first.classMateTypes ? new int[CLASSES * TYPES] : null;
    classByWord = first.classMateTypes ? new int[words * TYPES] : null;
    contextTokens = first.contextMateTypes ? new HashMap<>() : null;
    contextByWord = first.contextMateTypes ? new HashMap<>() : null;
    contextKeys = first.contextMateTypes ? new int[views.size()][] : null;
    for (int s = 0; s < views.size(); s++) {
      SentenceView view = views.get(s);
      int[] tags = firstPassTags.get(s);
      if (contextKeys != null) {
        contextKeys[s] = new int[tags.length];
      }
      for (int i = 0; i < tags.length; i++) {
        if (view.capitalised[i]) {
          count(view, ids[s][i], i, TagSet.type(tags[i]));
          if (contextKeys != null) {
            int key = contextKey(view, i, tags);
            contextKeys[s][i] = key;
            int u = TagSet.type(tags[i]);
            contextTokens.computeIfAbsent(key, k -> new int[TYPES])[u]++;
            contextByWord.computeIfAbsent(pair(key, ids[s][i]), k -> new int[TYPES])[u]++;
          }
        }
      }
    }
  }

  /**
   * The words either side (numbers and punctuation by their shape, so "2" and "3" of a results
   * table are alike) and the first-pass type two tokens back, hashed.
   */
  private static int contextKey(SentenceView view, int i, int[] tags) {
    int before = i >= 2 ? TagSet.type(tags[i - 2]) : TYPES;
    return (neighbour(view.at(i - 1)).hashCode() * 31 + neighbour(view.at(i + 1)).hashCode()) * 31
        + before;
  }

  private static String neighbour(WordFeatures word) {
    return word.letterStart ? word.lower : word.shortShape;
  }

  private static long pair(int key, int word) {
    return ((long) key << 32) | word;
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
    if (contextTokens != null) {
      int key = contextKeys[s][i];
      int[] all = contextTokens.get(key);
      int[] own = contextByWord.get(pair(key, word));
      for (int u = 0; u < TYPES; u++) {
        others[u] = all[u] - own[u];
      }
      addShares(others, CONTEXT_FEATURES, out);
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

  /** By gazetteer type (row 0 unused) and first-pass type. */
  private static int[][] gazetteerFeatures() {
    int[][] ids = new int[TYPES][];
    for (int t = 1; t < TYPES; t++) {
      ids[t] = features(TagSet.typeName(t));
    }
    return ids;
  }

  /** By first-pass type, for one kind. */
  private static int[] features(String kind) {
    int[] ids = new int[TYPES];
    for (int u = 0; u < TYPES; u++) {
      ids[u] = FeatureHash.of(Template.KNOWN_NAME_TYPES, kind, u == 0 ? "O" : TagSet.typeName(u));
    }
    return ids;
  }
}
