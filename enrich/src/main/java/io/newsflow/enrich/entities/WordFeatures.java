package io.newsflow.enrich.entities;

import java.util.Locale;

/**
 * Everything the features need from one word type, computed once and cached by the {@link
 * FeatureExtractor}: its normalised forms, gazetteer and lexicon facts, and the finished hashes of
 * every feature that depends only on this word, whether at the token itself or as a neighbour
 * (LOWER_M1 of the next token is this word's lower form). Features of two words keep the hash state
 * after this word's part ({@code ...Head}), to be continued with the other word. Immutable.
 */
final class WordFeatures {
  private static final int MAX_AFFIX = 4;

  /** Affix length of the context features ({@link FeatureOptions#context}), and a neighbour's. */
  private static final int LONG_AFFIX = 5;

  private static final int NEIGHBOUR_SUFFIX = 3;
  private static final String PAD_TEXT = "<s>";
  private static final int[] NO_FEATURES = new int[0];

  final String word;
  final String lower;

  /** The lower-case form without its ending by the model's rule ({@link WordEndings}). */
  final String stem;

  final String shortShape;
  final boolean capitalised;
  final boolean letterStart;
  final boolean lowercaseStart;
  final boolean letterOrDigitStart;
  final boolean allCaps;

  /** Lower-case letters and punctuation only: no capital, digit or letter of a caseless script. */
  final boolean plain;

  final int namePartMarks;

  /** {@link Gazetteer#nameTypes} and {@link Gazetteer#beginsLongerName} of the lower-case form. */
  final int nameTypes;

  final boolean beginsLongerName;
  final int bucket;

  /** WORD, LOWER, SHAPE, SHORT_SHAPE, then PREFIX and SUFFIX for lengths 1..4 in turn. */
  final int[] own;

  final int lowerM2;
  final int lowerM1;
  final int lowerP1;
  final int lowerP2;
  final int shapeM2;
  final int shapeM1;
  final int shapeP1;
  final int shapeP2;
  final int wordM1;
  final int wordP1;
  final int sentenceStartLower;
  final int capsSentenceLower;
  final int capsSentenceShape;

  final int bigramM1Head;
  final int bigramP1Head;
  final int shapeWindowHead;
  final int lowerNextShapeHead;
  final int shapeLowerM1Head;
  final int shapeLowerP1Head;

  /**
   * By previous tag: PREV_TAG_LOWER and PREV_TAG_SHAPE of this word at the token, then
   * PREV_TAG_NEXT_LOWER and PREV_TAG_PREV_LOWER of this word as the next and previous neighbour.
   */
  final int[] afterTag;

  /** CLUSTER_M1 and CLUSTER_P1 of this word as a neighbour (middle granularity), or 0: none. */
  final int clusterM1;

  final int clusterP1;

  /**
   * Context features ({@link FeatureOptions#context}): SUFFIX_M1 and SUFFIX_P1 of this word as a
   * neighbour ("-ense", "-ção" before a name), and the SURROUND head of this word as the previous
   * neighbour, to be continued with the next one ("o X disse").
   */
  final int suffixM1;

  final int suffixP1;
  final int surroundHead;

  /** HYPHEN_PART first and last, or none. */
  final int[] hyphenParts;

  static final int PREV_TAG_LOWER = 0;
  static final int PREV_TAG_SHAPE = TagSet.SIZE;
  static final int PREV_TAG_NEXT_LOWER = 2 * TagSet.SIZE;
  static final int PREV_TAG_PREV_LOWER = 3 * TagSet.SIZE;

  /**
   * Outside the sentence: every feature of a missing neighbour sees "<s>". Declared after the
   * offsets above, which its construction reads.
   */
  static final WordFeatures PAD =
      new WordFeatures(
          PAD_TEXT, PAD_TEXT, PAD_TEXT, PAD_TEXT, 0, 0, false, 0, 0, false, PAD_TEXT, NO_FEATURES);

  /**
   * The groups of a token's features that depend on this word alone, by the word's place around the
   * token: its own (bias, {@link #own}, {@link #hyphenParts}), and as the token's second and first
   * neighbour to the left and to the right. Their rows are summed once per word type and model.
   */
  static final int OWN = 0;

  static final int AS_M2 = 1;
  static final int AS_M1 = 2;
  static final int AS_P1 = 3;
  static final int AS_P2 = 4;
  static final int ROLES = 5;

  /**
   * The {@link GroupSums} of the two models last used with this word (the two passes), or null.
   * Each array is replaced whole, never changed: readers need no lock.
   */
  private volatile int[] sumsA;

  private volatile int[] sumsB;

  /** This word's sums for the model of {@code serial}, or null. */
  int[] sums(int serial) {
    int[] a = sumsA;
    if (GroupSums.of(a, serial)) {
      return a;
    }
    int[] b = sumsB;
    return GroupSums.of(b, serial) ? b : null;
  }

  /** Keeps {@code sums} in place of the same model's, else of the model used longer ago. */
  void storeSums(int[] sums) {
    int serial = sums[0];
    int[] a = sumsA;
    int[] b = sumsB;
    if (a == null || a[0] == serial) {
      sumsA = sums;
    } else if (b == null || b[0] == serial) {
      sumsB = sums;
    } else {
      sumsA = sumsB;
      sumsB = sums;
    }
  }

  /** A word of text: normalised to the CoNLL conventions, looked up in gazetteer and lexicon. */
  static WordFeatures of(String token, Gazetteer gazetteer, Lexicon lexicon) {
    return of(token, gazetteer, lexicon, WordClusters.NONE);
  }

  /** The same, with the word's classes among its own features (none if it has no class). */
  static WordFeatures of(
      String token, Gazetteer gazetteer, Lexicon lexicon, WordClusters clusters) {
    return of(token, gazetteer, lexicon, FeatureOptions.DEFAULT.withClusters(clusters));
  }

  /** The same, with the word-level additions of the options (classes, long affixes). */
  static WordFeatures of(
      String token, Gazetteer gazetteer, Lexicon lexicon, FeatureOptions options) {
    String word = SentenceView.normalise(token);
    String lower = word.toLowerCase(Locale.ROOT);
    return new WordFeatures(
        word,
        lower,
        WordShape.longShape(word),
        WordShape.shortShape(word),
        gazetteer.namePart(lower),
        gazetteer.nameTypes(lower),
        gazetteer.beginsLongerName(lower),
        lexicon.bucketIndex(lower),
        options.clusters().packed(lower),
        options.context(),
        options.stems().stem(lower),
        options.stems() != WordEndings.NONE
            ? stemFeatures(lower, options.stems(), gazetteer)
            : NO_FEATURES);
  }

  /** STEM, and STEM_NAME_PART for each mark of the known name words with the same stem. */
  private static int[] stemFeatures(String lower, WordEndings rule, Gazetteer gazetteer) {
    String stem = rule.stem(lower);
    int marks = gazetteer.stemNamePart(stem, rule);
    int[] features = new int[1 + Integer.bitCount(marks)];
    features[0] = FeatureHash.of(Template.STEM, stem);
    int n = 1;
    for (int rest = marks; rest != 0; rest &= rest - 1) {
      features[n++] = FeatureHash.STEM_NAME_PART[Integer.numberOfTrailingZeros(rest)];
    }
    return features;
  }

  private WordFeatures(
      String word,
      String lower,
      String longShape,
      String shortShape,
      int namePartMarks,
      int nameTypes,
      boolean beginsLongerName,
      int bucket,
      int clusters,
      boolean context,
      String stem,
      int[] stemFeatures) {
    this.word = word;
    this.lower = lower;
    this.stem = stem;
    this.shortShape = shortShape;
    this.capitalised = WordShape.isCapitalized(word);
    this.letterStart = Character.isLetter(word.charAt(0));
    this.lowercaseStart = Character.isLowerCase(word.charAt(0));
    this.letterOrDigitStart = Character.isLetterOrDigit(word.charAt(0));
    this.allCaps = WordShape.isAllCaps(word);
    this.plain = WordShape.isPlain(word);
    this.namePartMarks = namePartMarks;
    this.nameTypes = nameTypes;
    this.beginsLongerName = beginsLongerName;
    this.bucket = bucket;
    int[] base = own(word, lower, longShape, shortShape);
    int[] withAffixes = context ? withLongAffixes(base, lower) : base;
    this.own = appended(withClusters(withAffixes, clusters), stemFeatures);
    int middle = WordClusters.at(clusters, 1);
    String middleClass = Integer.toString(middle - 1);
    clusterM1 = middle == 0 ? 0 : FeatureHash.of(Template.CLUSTER_M1, middleClass);
    clusterP1 = middle == 0 ? 0 : FeatureHash.of(Template.CLUSTER_P1, middleClass);
    lowerM2 = FeatureHash.of(Template.LOWER_M2, lower);
    lowerM1 = FeatureHash.of(Template.LOWER_M1, lower);
    lowerP1 = FeatureHash.of(Template.LOWER_P1, lower);
    lowerP2 = FeatureHash.of(Template.LOWER_P2, lower);
    shapeM2 = FeatureHash.of(Template.SHAPE_M2, shortShape);
    shapeM1 = FeatureHash.of(Template.SHAPE_M1, shortShape);
    shapeP1 = FeatureHash.of(Template.SHAPE_P1, shortShape);
    shapeP2 = FeatureHash.of(Template.SHAPE_P2, shortShape);
    wordM1 = FeatureHash.of(Template.WORD_M1, word);
    wordP1 = FeatureHash.of(Template.WORD_P1, word);
    sentenceStartLower = FeatureHash.of(Template.SENTENCE_START_LOWER, lower);
    capsSentenceLower = FeatureHash.of(Template.CAPS_SENTENCE_LOWER, lower);
    capsSentenceShape = FeatureHash.of(Template.CAPS_SENTENCE_SHAPE, shortShape);
    bigramM1Head = FeatureHash.head(Template.BIGRAM_M1, lower);
    bigramP1Head = FeatureHash.head(Template.BIGRAM_P1, lower);
    shapeWindowHead = FeatureHash.head(Template.SHAPE_WINDOW, shortShape);
    lowerNextShapeHead = FeatureHash.head(Template.LOWER_NEXT_SHAPE, lower);
    shapeLowerM1Head = FeatureHash.head(Template.SHAPE_LOWER_M1, shortShape);
    shapeLowerP1Head = FeatureHash.head(Template.SHAPE_LOWER_P1, shortShape);
    afterTag = new int[4 * TagSet.SIZE];
    FeatureHash.byTag(Template.PREV_TAG_LOWER, lower, afterTag, PREV_TAG_LOWER);
    FeatureHash.byTag(Template.PREV_TAG_SHAPE, shortShape, afterTag, PREV_TAG_SHAPE);
    FeatureHash.byTag(Template.PREV_TAG_NEXT_LOWER, lower, afterTag, PREV_TAG_NEXT_LOWER);
    FeatureHash.byTag(Template.PREV_TAG_PREV_LOWER, lower, afterTag, PREV_TAG_PREV_LOWER);
    hyphenParts = hyphenParts(lower);
    String suffix = lower.substring(Math.max(0, lower.length() - NEIGHBOUR_SUFFIX));
    suffixM1 = FeatureHash.of(Template.SUFFIX_M1, suffix);
    suffixP1 = FeatureHash.of(Template.SUFFIX_P1, suffix);
    surroundHead = FeatureHash.head(Template.SURROUND, lower);
  }

  /** The base features plus prefix and suffix of {@link #LONG_AFFIX} characters, if longer. */
  private static int[] withLongAffixes(int[] own, String lower) {
    if (lower.length() <= LONG_AFFIX) {
      return own;
    }
    int[] with = java.util.Arrays.copyOf(own, own.length + 2);
    with[own.length] = FeatureHash.of(Template.LONG_PREFIX, lower.substring(0, LONG_AFFIX));
    with[own.length + 1] =
        FeatureHash.of(Template.LONG_SUFFIX, lower.substring(lower.length() - LONG_AFFIX));
    return with;
  }

  private static int[] own(String word, String lower, String longShape, String shortShape) {
    int affixes = Math.max(0, Math.min(MAX_AFFIX, lower.length() - 1));
    int[] own = new int[4 + 2 * affixes];
    own[0] = FeatureHash.of(Template.WORD, word);
    own[1] = FeatureHash.of(Template.LOWER, lower);
    own[2] = FeatureHash.of(Template.SHAPE, longShape);
    own[3] = FeatureHash.of(Template.SHORT_SHAPE, shortShape);
    for (int k = 1; k <= affixes; k++) {
      own[2 + 2 * k] = FeatureHash.of(Template.PREFIX, lower.substring(0, k));
      own[3 + 2 * k] = FeatureHash.of(Template.SUFFIX, lower.substring(lower.length() - k));
    }
    return own;
  }

  /** The word's own features, then CLUSTER at each granularity it has a class at. */
  private static int[] withClusters(int[] own, int clusters) {
    if (clusters == 0) {
      return own;
    }
    int[] with = java.util.Arrays.copyOf(own, own.length + WordClusters.GRANULARITIES);
    int n = own.length;
    for (int g = 0; g < WordClusters.GRANULARITIES; g++) {
      int id = WordClusters.at(clusters, g);
      if (id != 0) {
        with[n++] = FeatureHash.of(Template.CLUSTER, Integer.toString(g), Integer.toString(id - 1));
      }
    }
    return java.util.Arrays.copyOf(with, n);
  }

  private static int[] appended(int[] own, int[] more) {
    if (more.length == 0) {
      return own;
    }
    int[] with = java.util.Arrays.copyOf(own, own.length + more.length);
    System.arraycopy(more, 0, with, own.length, more.length);
    return with;
  }

  /** "anglo-dutch": the parts carry the meaning ("-based", "pro-", "-born"). */
  private static int[] hyphenParts(String lower) {
    int dash = lower.indexOf('-');
    if (dash > 0 && dash < lower.length() - 1) {
      return new int[] {
        FeatureHash.of(Template.HYPHEN_PART, "first", lower.substring(0, dash)),
        FeatureHash.of(Template.HYPHEN_PART, "last", lower.substring(lower.lastIndexOf('-') + 1))
      };
    }
    return new int[0];
  }
}
