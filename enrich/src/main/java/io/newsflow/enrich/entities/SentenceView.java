package io.newsflow.enrich.entities;

/**
 * One sentence as the feature extractor sees it: each token's cached {@link WordFeatures} plus the
 * per-token values every feature needs, computed once for both decoding passes. The features that
 * do not depend on decoding (the token, its window, position and gazetteer matches) are hashed
 * here, once per token on its first use, in the order {@link FeatureExtractor#extract} adds them.
 */
final class SentenceView {
  /** Share of all-caps words above which a sentence is a headline written in capitals. */
  private static final double CAPS_SENTENCE_SHARE = 0.7;

  final WordFeatures[] types;
  final String[] lower;
  final boolean[] capitalised;
  final int[] gazetteerMarks;
  final int[] namePartMarks;
  final boolean capsSentence;

  /**
   * Token i's features before the history ones, or null before {@link #ensureFeatures}: an array
   * per token hashed, since the decoder decides most plain words without features.
   */
  final int[][] tokenFeatures;

  /** Token i's gazetteer features: [gazetteerStart[i], gazetteerStart[i + 1]). */
  final int[] gazetteerFeatures;

  final int[] gazetteerStart;

  /** Context features ({@link FeatureOptions#context}) are added. */
  final boolean context;

  /** Per token, with context features: inside quotes (bit 0), inside brackets (bit 1). */
  final byte[] enclosed;

  /** Context aggregation features ({@link FeatureOptions#aggregate}) are added. */
  boolean aggregate;

  /** Context-mate features ({@link FeatureOptions#contextMates}) are added. */
  boolean contextMates;

  /** The document memory knows words by their stems ({@link FeatureOptions#stemMemory}). */
  boolean stemMemory;

  /** Capitalised words see the story's topic words ({@link FeatureOptions#topics}). */
  boolean topics;

  /** A character tagger's per-token features ({@link CharacterFeatures}); null for words. */
  int[][] characterFeatures;

  private int[] buffer;
  private int size;

  SentenceView(WordFeatures[] types, Gazetteer gazetteer) {
    this(types, gazetteer, false);
  }

  SentenceView(WordFeatures[] types, Gazetteer gazetteer, boolean context) {
    int n = types.length;
    this.types = types;
    this.context = context;
    this.enclosed = context ? enclosed(types) : null;
    lower = new String[n];
    capitalised = new boolean[n];
    namePartMarks = new int[n];
    int letterWords = 0;
    int capsWords = 0;
    for (int i = 0; i < n; i++) {
      WordFeatures word = types[i];
      lower[i] = word.lower;
      capitalised[i] = word.capitalised;
      namePartMarks[i] = word.namePartMarks;
      if (word.letterStart) {
        letterWords++;
        capsWords += word.allCaps ? 1 : 0;
      }
    }
    gazetteerMarks = gazetteer.annotate(lower, types);
    capsSentence = letterWords >= 2 && capsWords >= CAPS_SENTENCE_SHARE * letterWords;

    // The gazetteer segments are sized exactly first: this runs for every sentence of every page.
    gazetteerStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      gazetteerStart[i + 1] = gazetteerStart[i] + gazetteerFeatureCount(i);
    }
    tokenFeatures = new int[n][];
    gazetteerFeatures = new int[gazetteerStart[n]];
  }

  /**
   * Hashes token i's features on first use: the decoder decides most plain words without features
   * ({@link BioDecoder}), so hashing every token up front would be work thrown away.
   */
  void ensureFeatures(int i) {
    if (tokenFeatures[i] != null) {
      return;
    }
    int[] own = new int[tokenFeatureCount(i)];
    buffer = own;
    size = 0;
    addTokenFeatures(i);
    buffer = gazetteerFeatures;
    size = gazetteerStart[i];
    addGazetteerFeatures(i);
    buffer = null;
    tokenFeatures[i] = own;
  }

  /** How many features {@link #addTokenFeatures} adds. */
  private int tokenFeatureCount(int i) {
    WordFeatures w = types[i];
    return 17
        + w.own.length
        + w.hyphenParts.length
        + (initial(i) ? 2 : 0)
        + (capsSentence ? 2 : 0)
        + (w.capitalised ? 1 : 0)
        + (at(i - 1).clusterM1 != 0 ? 1 : 0)
        + (at(i + 1).clusterP1 != 0 ? 1 : 0)
        + (context ? 3 + Integer.bitCount(enclosed[i]) : 0);
  }

  /**
   * Which tokens stand between quotes or brackets: titles, nicknames and abbreviations ("(PSD)")
   * are written there. A quote opens or closes by turns (typographic ones are normalised to one).
   */
  private static byte[] enclosed(WordFeatures[] types) {
    byte[] out = new byte[types.length];
    boolean quoted = false;
    int brackets = 0;
    for (int i = 0; i < types.length; i++) {
      String word = types[i].word;
      if (word.equals("\"")) {
        quoted = !quoted;
      } else if (word.equals("(") || word.equals("[")) {
        brackets++;
      } else if ((word.equals(")") || word.equals("]")) && brackets > 0) {
        brackets--;
      } else {
        out[i] = (byte) ((quoted ? 1 : 0) | (brackets > 0 ? 2 : 0));
      }
    }
    return out;
  }

  /** How many features {@link #addGazetteerFeatures} adds. */
  private int gazetteerFeatureCount(int i) {
    int here = Integer.bitCount(gazetteerMarks[i]);
    return here
        + Integer.bitCount(namePartMarks[i])
        + (capitalised[i] ? here : 0)
        + (i > 0 ? Integer.bitCount(gazetteerMarks[i - 1]) : 0)
        + (i + 1 < size() ? Integer.bitCount(gazetteerMarks[i + 1]) : 0);
  }

  int size() {
    return types.length;
  }

  WordFeatures at(int i) {
    return i < 0 || i >= types.length ? WordFeatures.PAD : types[i];
  }

  /** Sentence-initial: first, or second after a leading quote or dash. */
  boolean initial(int i) {
    return i == 0 || (i == 1 && !types[0].letterOrDigitStart);
  }

  /**
   * Marks the groups that lead token i's features, each given by one word whatever the token: the
   * word's own, then its neighbours' (two left, one left, one right, two right). Scores may sum
   * each group once per word type ({@link PerceptronModel}).
   */
  void markGroups(int i, FeatureVector out) {
    WordFeatures m1 = at(i - 1);
    WordFeatures p1 = at(i + 1);
    int contextual = context ? 1 : 0;
    out.markGroup(
        types[i], WordFeatures.OWN, 1 + types[i].own.length + types[i].hyphenParts.length);
    out.markGroup(at(i - 2), WordFeatures.AS_M2, 2);
    out.markGroup(m1, WordFeatures.AS_M1, 3 + (m1.clusterM1 != 0 ? 1 : 0) + contextual);
    out.markGroup(p1, WordFeatures.AS_P1, 3 + (p1.clusterP1 != 0 ? 1 : 0) + contextual);
    out.markGroup(at(i + 2), WordFeatures.AS_P2, 2);
  }

  private void addTokenFeatures(int i) {
    WordFeatures w = types[i];
    WordFeatures m2 = at(i - 2);
    WordFeatures m1 = at(i - 1);
    WordFeatures p1 = at(i + 1);
    WordFeatures p2 = at(i + 2);
    // The groups of one word each come first, as markGroups says.
    push(FeatureHash.BIAS);
    for (int h : w.own) {
      push(h);
    }
    for (int h : w.hyphenParts) {
      push(h);
    }
    push(m2.lowerM2);
    push(m2.shapeM2);
    push(m1.lowerM1);
    push(m1.shapeM1);
    push(m1.wordM1);
    // Neighbours' classes (models with word clusters only): "el delantero X", "X , ministro".
    if (m1.clusterM1 != 0) {
      push(m1.clusterM1);
    }
    if (context) {
      push(m1.suffixM1);
    }
    push(p1.lowerP1);
    push(p1.shapeP1);
    push(p1.wordP1);
    if (p1.clusterP1 != 0) {
      push(p1.clusterP1);
    }
    if (context) {
      push(p1.suffixP1);
    }
    push(p2.lowerP2);
    push(p2.shapeP2);
    push(FeatureHash.finish(FeatureHash.mix(m1.bigramM1Head, w.lower)));
    push(FeatureHash.finish(FeatureHash.mix(w.bigramP1Head, p1.lower)));
    push(
        FeatureHash.finish(
            FeatureHash.mix(FeatureHash.mix(m1.shapeWindowHead, w.shortShape), p1.shortShape)));
    push(FeatureHash.finish(FeatureHash.mix(w.lowerNextShapeHead, p1.shortShape)));
    push(FeatureHash.finish(FeatureHash.mix(w.shapeLowerM1Head, m1.lower)));
    push(FeatureHash.finish(FeatureHash.mix(w.shapeLowerP1Head, p1.lower)));
    // Sentence-initial and headline capitals say little about names, so flag those positions.
    boolean initial = initial(i);
    if (initial) {
      push(FeatureHash.SENTENCE_START);
      push(w.sentenceStartLower);
    }
    if (capsSentence) {
      push(w.capsSentenceLower);
      push(w.capsSentenceShape);
    }
    if (w.capitalised) {
      push(FeatureHash.LOWERCASE_SEEN[w.bucket][initial ? 1 : 0]);
    }
    if (context) {
      push(FeatureHash.finish(FeatureHash.mix(m1.surroundHead, p1.lower)));
      if ((enclosed[i] & 1) != 0) {
        push(FeatureHash.QUOTED_IN_QUOTES);
      }
      if ((enclosed[i] & 2) != 0) {
        push(FeatureHash.QUOTED_IN_BRACKETS);
      }
    }
  }

  private void addGazetteerFeatures(int i) {
    pushMarks(FeatureHash.GAZETTEER, gazetteerMarks[i]);
    pushMarks(FeatureHash.NAME_PART, namePartMarks[i]);
    if (capitalised[i]) {
      pushMarks(FeatureHash.GAZETTEER_CAPS, gazetteerMarks[i]);
    }
    if (i > 0) {
      pushMarks(FeatureHash.GAZETTEER_M1, gazetteerMarks[i - 1]);
    }
    if (i + 1 < size()) {
      pushMarks(FeatureHash.GAZETTEER_P1, gazetteerMarks[i + 1]);
    }
  }

  private void pushMarks(int[] table, int marks) {
    for (int rest = marks; rest != 0; rest &= rest - 1) {
      push(table[Integer.numberOfTrailingZeros(rest)]);
    }
  }

  private void push(int hash) {
    buffer[size++] = hash;
  }

  /** Maps typographic quotes and dashes to the ASCII forms of the training data. */
  static String normalise(String token) {
    if (token.length() > 3) {
      return token.indexOf('\u2019') >= 0 ? token.replace('\u2019', '\'') : token;
    }
    switch (token) {
      case "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "``", "''":
        return "\"";
      case "\u2018", "\u2019", "`":
        return "'";
      case "\u2013", "\u2014", "--", "\u2012", "\u2015":
        return "-";
      default:
        return token.replace('\u2019', '\'');
    }
  }
}
