package io.newsflow.enrich.entities;

/**
 * Feature templates. The ordinal seeds each feature's hash, so reordering or inserting entries
 * changes every feature id: append only, and retrain the model after any change here.
 */
enum Template {
  BIAS,
  WORD,
  LOWER,
  SHAPE,
  SHORT_SHAPE,
  PREFIX,
  SUFFIX,
  LOWER_M2,
  LOWER_M1,
  LOWER_P1,
  LOWER_P2,
  SHAPE_M2,
  SHAPE_M1,
  SHAPE_P1,
  SHAPE_P2,
  BIGRAM_M1,
  BIGRAM_P1,
  SENTENCE_START,
  SENTENCE_START_LOWER,
  CAPS_SENTENCE_LOWER,
  CAPS_SENTENCE_SHAPE,
  PREV_TAG,
  PREV_TAGS,
  PREV_TAG_LOWER,
  PREV_TAG_SHAPE,
  GAZETTEER,
  GAZETTEER_CAPS,
  GAZETTEER_M1,
  GAZETTEER_P1,
  LOWERCASE_SEEN,
  HISTORY,
  HISTORY_MAJORITY,
  HYPHEN_PART,
  SHAPE_WINDOW,
  PREV_TAG_NEXT_LOWER,
  LOWER_NEXT_SHAPE,
}
