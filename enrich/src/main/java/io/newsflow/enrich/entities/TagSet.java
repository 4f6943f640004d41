package io.newsflow.enrich.entities;

import java.util.List;

/**
 * The BIO labels the tagger predicts, as small ints: 0 is O, then B and I for each entity type.
 * Type index: 0 none, 1 PER, 2 ORG, 3 LOC, 4 MISC.
 */
public final class TagSet {
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");
  public static final int O = 0;
  public static final int SIZE = 1 + 2 * TYPES.size();

  private static final String[] NAMES = names();

  private TagSet() {}

  private static String[] names() {
    String[] names = new String[SIZE];
    names[O] = "O";
    for (int t = 0; t < TYPES.size(); t++) {
      names[begin(t + 1)] = "B-" + TYPES.get(t);
      names[begin(t + 1) + 1] = "I-" + TYPES.get(t);
    }
    return names;
  }

  public static String name(int tag) {
    return NAMES[tag];
  }

  /** Parses "O", "B-PER", "I-LOC"...; unknown types become O. */
  public static int parse(String name) {
    for (int tag = 0; tag < SIZE; tag++) {
      if (NAMES[tag].equals(name)) {
        return tag;
      }
    }
    return O;
  }

  /** The B tag of a type index (1..4). */
  public static int begin(int type) {
    return 2 * type - 1;
  }

  /** Type index of a tag: 0 for O, 1..4 otherwise. */
  public static int type(int tag) {
    return (tag + 1) / 2;
  }

  public static boolean isInside(int tag) {
    return tag != O && tag % 2 == 0;
  }

  /** BIO rule: I-X may only follow B-X or I-X. */
  public static boolean allowed(int previous, int tag) {
    return !isInside(tag) || (previous != O && type(previous) == type(tag));
  }

  public static String typeName(int type) {
    return TYPES.get(type - 1);
  }
}
