package io.newsflow.enrich.entities;

import java.util.List;

/**
 * Turns a token in context into hashed features: the word and its lower-case form, shape, prefixes
 * and suffixes, the words and shapes two either side, sentence position, headline case, the two
 * previous predicted tags, gazetteer matches, how often the word occurs in lower case, and what the
 * same word was tagged earlier in the document; in the second pass also the first pass's tags
 * around the token and for the same word anywhere in the document. The POS and chunk columns of the
 * training data are never used: new text has none. Immutable; thread-safe.
 */
public final class FeatureExtractor {
  private static final int MAX_AFFIX = 4;
  private static final String PAD = "<s>";

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final FeatureOptions options;

  public FeatureExtractor(Gazetteer gazetteer, Lexicon lexicon) {
    this(gazetteer, lexicon, FeatureOptions.DEFAULT);
  }

  public FeatureExtractor(Gazetteer gazetteer, Lexicon lexicon, FeatureOptions options) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.options = options;
  }

  SentenceView view(List<String> tokens) {
    return new SentenceView(tokens, gazetteer);
  }

  /** Fills {@code out} with the features of token i given the two previous predicted tags. */
  void extract(
      SentenceView s, int i, int prev, int prev2, DocumentMemory memory, FeatureVector out) {
    out.clear();
    String word = s.words[i];
    String lower = s.lower[i];
    String shape = s.shapes[i];
    out.add(Template.BIAS);
    out.add(Template.WORD, word);
    out.add(Template.LOWER, lower);
    out.add(Template.SHAPE, shape);
    out.add(Template.SHORT_SHAPE, s.shortShapes[i]);
    addAffixes(lower, out);
    addWindow(s, i, out);
    addPosition(s, i, out);
    addHistory(s, i, prev, prev2, out);
    addGazetteer(s, i, out);
    addMarks(Template.PREV_TAG_NAME_PART, TagSet.name(prev), s.namePartMarks[i], out);
    addDocument(s, i, memory, out);
    addHyphenParts(lower, out);
    if (options.characterWords()) {
      CharacterFeatures.add(s, i, lexicon, out);
    }
  }

  private static void addAffixes(String lower, FeatureVector out) {
    int max = Math.min(MAX_AFFIX, lower.length() - 1);
    for (int k = 1; k <= max; k++) {
      out.add(Template.PREFIX, lower.substring(0, k));
      out.add(Template.SUFFIX, lower.substring(lower.length() - k));
    }
  }

  private static void addWindow(SentenceView s, int i, FeatureVector out) {
    out.add(Template.LOWER_M2, lowerAt(s, i - 2));
    out.add(Template.LOWER_M1, lowerAt(s, i - 1));
    out.add(Template.LOWER_P1, lowerAt(s, i + 1));
    out.add(Template.LOWER_P2, lowerAt(s, i + 2));
    out.add(Template.SHAPE_M2, shortShapeAt(s, i - 2));
    out.add(Template.SHAPE_M1, shortShapeAt(s, i - 1));
    out.add(Template.SHAPE_P1, shortShapeAt(s, i + 1));
    out.add(Template.SHAPE_P2, shortShapeAt(s, i + 2));
    out.add(Template.BIGRAM_M1, lowerAt(s, i - 1), s.lower[i]);
    out.add(Template.BIGRAM_P1, s.lower[i], lowerAt(s, i + 1));
    out.add(
        Template.SHAPE_WINDOW, shortShapeAt(s, i - 1), s.shortShapes[i], shortShapeAt(s, i + 1));
    out.add(Template.LOWER_NEXT_SHAPE, s.lower[i], shortShapeAt(s, i + 1));
    // Neighbours with their case: "Mr" vs "MR", "of" before a name vs "Of" in a title.
    out.add(Template.WORD_M1, i > 0 ? s.words[i - 1] : PAD);
    out.add(Template.WORD_P1, i + 1 < s.size() ? s.words[i + 1] : PAD);
    out.add(Template.SHAPE_LOWER_M1, s.shortShapes[i], lowerAt(s, i - 1));
    out.add(Template.SHAPE_LOWER_P1, s.shortShapes[i], lowerAt(s, i + 1));
  }

  /** Sentence-initial and headline capitals say little about names, so flag those positions. */
  private void addPosition(SentenceView s, int i, FeatureVector out) {
    boolean initial = i == 0 || (i == 1 && !Character.isLetterOrDigit(s.words[0].charAt(0)));
    if (initial) {
      out.add(Template.SENTENCE_START);
      out.add(Template.SENTENCE_START_LOWER, s.lower[i]);
    }
    if (s.capsSentence) {
      out.add(Template.CAPS_SENTENCE_LOWER, s.lower[i]);
      out.add(Template.CAPS_SENTENCE_SHAPE, s.shortShapes[i]);
    }
    if (s.capitalised[i]) {
      out.add(Template.LOWERCASE_SEEN, lexicon.lowercaseBucket(s.lower[i]), initial ? "1" : "0");
    }
  }

  private static void addHistory(SentenceView s, int i, int prev, int prev2, FeatureVector out) {
    String p = TagSet.name(prev);
    out.add(Template.PREV_TAG, p);
    out.add(Template.PREV_TAGS, p, TagSet.name(prev2));
    out.add(Template.PREV_TAG_LOWER, p, s.lower[i]);
    out.add(Template.PREV_TAG_SHAPE, p, s.shortShapes[i]);
    out.add(Template.PREV_TAG_NEXT_LOWER, p, lowerAt(s, i + 1));
    out.add(Template.PREV_TAG_PREV_LOWER, p, lowerAt(s, i - 1));
  }

  private static void addGazetteer(SentenceView s, int i, FeatureVector out) {
    addMarks(Template.GAZETTEER, s.gazetteerMarks[i], out);
    addMarks(Template.NAME_PART, s.namePartMarks[i], out);
    if (s.capitalised[i]) {
      addMarks(Template.GAZETTEER_CAPS, s.gazetteerMarks[i], out);
    }
    if (i > 0) {
      addMarks(Template.GAZETTEER_M1, s.gazetteerMarks[i - 1], out);
    }
    if (i + 1 < s.size()) {
      addMarks(Template.GAZETTEER_P1, s.gazetteerMarks[i + 1], out);
    }
  }

  private static void addMarks(Template template, int marks, FeatureVector out) {
    for (int rest = marks; rest != 0; rest &= rest - 1) {
      out.add(template, Gazetteer.describe(Integer.numberOfTrailingZeros(rest)));
    }
  }

  /** Known name parts after the previous tag: a first name right after an ORG starts a person. */
  private static void addMarks(Template template, String prefix, int marks, FeatureVector out) {
    for (int rest = marks; rest != 0; rest &= rest - 1) {
      out.add(template, prefix, Gazetteer.describe(Integer.numberOfTrailingZeros(rest)));
    }
  }

  /** Document-level evidence: earlier tags of the word, first-pass tags, lower-case use. */
  private static void addDocument(SentenceView s, int i, DocumentMemory memory, FeatureVector out) {
    if (memory.hasFirstPass()) {
      addFirstPassTags(i, memory, out);
    }
    if (!s.capitalised[i]) {
      return;
    }
    String lower = s.lower[i];
    if (memory.seenLowercase(lower)) {
      out.add(Template.DOC_LOWERCASE);
    }
    addCounts(Template.HISTORY, Template.HISTORY_MAJORITY, memory.countsSoFar(lower), out);
    if (memory.hasFirstPass()) {
      addCounts(
          Template.DOC_TYPES,
          Template.DOC_MAJORITY,
          memory.firstPassCountsElsewhere(lower, i),
          out);
      addMarks(Template.DOC_NAME_END, memory.firstPassNameEnds(lower), out);
    }
  }

  /** The first pass's tags around the token: the second pass sees to its right, too. */
  private static void addFirstPassTags(int i, DocumentMemory memory, FeatureVector out) {
    String here = TagSet.name(memory.firstPassTag(i));
    String next = TagSet.name(memory.firstPassTag(i + 1));
    out.add(Template.FIRST_PASS_TAG, here);
    out.add(Template.FIRST_PASS_NEXT, next);
    out.add(Template.FIRST_PASS_PREV, TagSet.name(memory.firstPassTag(i - 1)));
    out.add(Template.FIRST_PASS_HERE_NEXT, here, next);
  }

  /** Each type the word was given, and the most frequent one. */
  private static void addCounts(Template any, Template majority, int[] counts, FeatureVector out) {
    if (counts == null) {
      out.add(any, "none");
      return;
    }
    int best = 0;
    for (int type = 0; type < counts.length; type++) {
      if (counts[type] > 0) {
        out.add(any, typeName(type));
      }
      if (counts[type] > counts[best]) {
        best = type;
      }
    }
    out.add(majority, typeName(best));
  }

  private static String typeName(int type) {
    return type == 0 ? "O" : TagSet.typeName(type);
  }

  /** "anglo-dutch": the parts carry the meaning ("-based", "pro-", "-born"). */
  private static void addHyphenParts(String lower, FeatureVector out) {
    int dash = lower.indexOf('-');
    if (dash > 0 && dash < lower.length() - 1) {
      out.add(Template.HYPHEN_PART, "first", lower.substring(0, dash));
      out.add(Template.HYPHEN_PART, "last", lower.substring(lower.lastIndexOf('-') + 1));
    }
  }

  private static String lowerAt(SentenceView s, int i) {
    return i < 0 || i >= s.size() ? PAD : s.lower[i];
  }

  private static String shortShapeAt(SentenceView s, int i) {
    return i < 0 || i >= s.size() ? PAD : s.shortShapes[i];
  }
}
