package io.newsflow.enrich.extract;

/**
 * What an element's class and id say, worked out once per element: the boilerplate reason they
 * name (before the size veto), whether a content-ish token vetoes it, the scoring weight and the
 * figure/caption/credit roles.
 */
record HintProfile(
    String reason, boolean vetoed, int classWeight, boolean figure, boolean caption, boolean credit) {

  static final HintProfile NONE = new HintProfile(null, false, 0, false, false, false);
}
