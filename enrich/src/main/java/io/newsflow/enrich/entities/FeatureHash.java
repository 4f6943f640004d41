package io.newsflow.enrich.entities;

/**
 * The feature hash: FNV-1a over each string part with a separator after each, seeded by the
 * template, then a Murmur3 finaliser. Feature ids of the committed model depend on every detail, so
 * this must never change without retraining. The tables hold the finished hashes of the features
 * whose parts come from small closed sets (tags, gazetteer marks), so decoding looks them up.
 */
final class FeatureHash {
  /** Gazetteer mark bits are position * 5 + type with 4 positions and types 1..4. */
  static final int MARK_BITS = 20;

  private static final int TAGS = TagSet.SIZE;
  private static final int TYPES = TagSet.TYPES.size() + 1;

  static final int BIAS = of(Template.BIAS);
  static final int SENTENCE_START = of(Template.SENTENCE_START);
  static final int DOC_LOWERCASE = of(Template.DOC_LOWERCASE);
  static final int HISTORY_NONE = of(Template.HISTORY, "none");
  static final int DOC_TYPES_NONE = of(Template.DOC_TYPES, "none");
  static final int QUOTED_IN_QUOTES = of(Template.QUOTED, "quotes");
  static final int QUOTED_IN_BRACKETS = of(Template.QUOTED, "brackets");

  static final int[] PREV_TAG = byTag(Template.PREV_TAG);
  static final int[][] PREV_TAGS = byTagPair(Template.PREV_TAGS);
  static final int[] FIRST_PASS_TAG = byTag(Template.FIRST_PASS_TAG);
  static final int[] FIRST_PASS_NEXT = byTag(Template.FIRST_PASS_NEXT);
  static final int[] FIRST_PASS_PREV = byTag(Template.FIRST_PASS_PREV);
  static final int[][] FIRST_PASS_HERE_NEXT = byTagPair(Template.FIRST_PASS_HERE_NEXT);
  static final int[] FIRST_PASS_NEXT2 = byTag(Template.FIRST_PASS_NEXT2);

  static final int[] GAZETTEER = byMark(Template.GAZETTEER, null);
  static final int[] NAME_PART = byMark(Template.NAME_PART, null);
  static final int[] GAZETTEER_CAPS = byMark(Template.GAZETTEER_CAPS, null);
  static final int[] GAZETTEER_M1 = byMark(Template.GAZETTEER_M1, null);
  static final int[] GAZETTEER_P1 = byMark(Template.GAZETTEER_P1, null);
  static final int[] DOC_NAME_END = byMark(Template.DOC_NAME_END, null);
  static final int[] STEM_NAME_PART = byMark(Template.STEM_NAME_PART, null);
  static final int[][] PREV_TAG_NAME_PART = prevTagNamePart();

  static final int[] HISTORY = byType(Template.HISTORY);
  static final int[] HISTORY_MAJORITY = byType(Template.HISTORY_MAJORITY);
  static final int[] DOC_TYPES = byType(Template.DOC_TYPES);
  static final int[] DOC_MAJORITY = byType(Template.DOC_MAJORITY);

  /** LOWERCASE_SEEN by lexicon bucket (see {@link Lexicon#bucketIndex}) and sentence-initial. */
  static final int[][] LOWERCASE_SEEN = lowercaseSeen();

  private FeatureHash() {}

  static int start(Template template) {
    return 0x811C9DC5 ^ ((template.ordinal() + 1) * 0x9E3779B9);
  }

  /** FNV-1a over the chars, then a separator so ("ab","c") and ("a","bc") differ. */
  static int mix(int h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x01000193;
    }
    return (h ^ 0x1F) * 0x01000193;
  }

  /** Murmur3 finaliser: spreads FNV's weak low bits over the whole int. */
  static int finish(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }

  static int of(Template template) {
    return finish(start(template));
  }

  static int of(Template template, String a) {
    return finish(mix(start(template), a));
  }

  static int of(Template template, String a, String b) {
    return finish(mix(mix(start(template), a), b));
  }

  /** The hash state after the template and a first part, to be continued with {@link #mix}. */
  static int head(Template template, String a) {
    return mix(start(template), a);
  }

  /** One hash per previous tag of a (template, tag, word) feature, for the word's cache entry. */
  static void byTag(Template template, String word, int[] out, int offset) {
    for (int tag = 0; tag < TAGS; tag++) {
      out[offset + tag] = of(template, TagSet.name(tag), word);
    }
  }

  private static int[] byTag(Template template) {
    int[] ids = new int[TAGS];
    for (int tag = 0; tag < TAGS; tag++) {
      ids[tag] = of(template, TagSet.name(tag));
    }
    return ids;
  }

  private static int[][] byTagPair(Template template) {
    int[][] ids = new int[TAGS][TAGS];
    for (int a = 0; a < TAGS; a++) {
      for (int b = 0; b < TAGS; b++) {
        ids[a][b] = of(template, TagSet.name(a), TagSet.name(b));
      }
    }
    return ids;
  }

  private static int[] byMark(Template template, String prefix) {
    int[] ids = new int[MARK_BITS];
    for (int bit = 0; bit < MARK_BITS; bit++) {
      if (bit % 5 != 0) {
        String mark = Gazetteer.describe(bit);
        ids[bit] = prefix == null ? of(template, mark) : of(template, prefix, mark);
      }
    }
    return ids;
  }

  private static int[][] prevTagNamePart() {
    int[][] ids = new int[TAGS][];
    for (int tag = 0; tag < TAGS; tag++) {
      ids[tag] = byMark(Template.PREV_TAG_NAME_PART, TagSet.name(tag));
    }
    return ids;
  }

  private static int[] byType(Template template) {
    int[] ids = new int[TYPES];
    for (int type = 0; type < TYPES; type++) {
      ids[type] = of(template, type == 0 ? "O" : TagSet.typeName(type));
    }
    return ids;
  }

  private static int[][] lowercaseSeen() {
    int[][] ids = new int[Lexicon.BUCKETS.size()][2];
    for (int b = 0; b < ids.length; b++) {
      ids[b][0] = of(Template.LOWERCASE_SEEN, Lexicon.BUCKETS.get(b), "0");
      ids[b][1] = of(Template.LOWERCASE_SEEN, Lexicon.BUCKETS.get(b), "1");
    }
    return ids;
  }
}
