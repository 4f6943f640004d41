package io.newsflow.enrich.rules;

/**
 * What an element's class and id say, worked out once per distinct value: the boilerplate reason
 * they name (before the size veto) and the role bits of their tokens (content-ish veto, scoring
 * weight, figure/caption/credit), and the rank of the best byline class hint among the tokens
 * ({@link #NO_BYLINE} if none).
 */
public record HintProfile(String reason, int roles, int bylineRank) {
  static final int VETO = 1;
  static final int POSITIVE = 2;
  static final int NEGATIVE = 4;
  static final int FIGURE = 8;
  static final int CAPTION = 16;
  static final int CREDIT = 32;

  public static final int NO_BYLINE = Integer.MAX_VALUE;

  public static final HintProfile NONE = new HintProfile(null, 0, NO_BYLINE);

  /**
   * The profile of both values' tokens, this one's first: a class and an id are read apart so that
   * a page's many unique ids do not defeat the per-class cache.
   */
  public HintProfile and(HintProfile later) {
    if (later == NONE) {
      return this;
    }
    if (this == NONE) {
      return later;
    }
    return new HintProfile(
        reason != null ? reason : later.reason,
        roles | later.roles,
        Math.min(bylineRank, later.bylineRank));
  }

  boolean vetoed() {
    return (roles & VETO) != 0;
  }

  boolean positive() {
    return (roles & POSITIVE) != 0;
  }

  boolean negative() {
    return (roles & NEGATIVE) != 0;
  }

  boolean figure() {
    return (roles & FIGURE) != 0;
  }

  boolean caption() {
    return (roles & CAPTION) != 0;
  }

  boolean credit() {
    return (roles & CREDIT) != 0;
  }
}
