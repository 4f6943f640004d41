package io.newsflow.enrich.entities;

/**
 * One model's sums of a word type's feature groups ({@link FeatureVector#markGroup}), one exact int
 * per tag of the 9-tag set and role, in one flat array so a token reaches them in one read from the
 * word: [model's serial, bits of the roles summed, then {@link WordFeatures#ROLES} x 9 sums]. Never
 * changed once published: a role is added to a copy ({@link #with}), which replaces the array.
 */
final class GroupSums {
  static final int TAGS = 9;

  private GroupSums() {}

  static int[] empty(int serial) {
    int[] sums = new int[2 + WordFeatures.ROLES * TAGS];
    sums[0] = serial;
    return sums;
  }

  static boolean of(int[] sums, int serial) {
    return sums != null && sums[0] == serial;
  }

  /** Where the role's 9 sums start. */
  static int offset(int role) {
    return 2 + role * TAGS;
  }

  static boolean summed(int[] sums, int role) {
    return (sums[1] & (1 << role)) != 0;
  }

  /** A copy of {@code sums} with the role's 9 sums. */
  static int[] with(int[] sums, int role, int[] roleSums) {
    int[] next = sums.clone();
    System.arraycopy(roleSums, 0, next, offset(role), TAGS);
    next[1] |= 1 << role;
    return next;
  }
}
