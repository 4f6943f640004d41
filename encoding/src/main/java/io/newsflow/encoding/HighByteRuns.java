package io.newsflow.encoding;

/**
 * How the non-ASCII bytes of a body lie: text in a single-byte charset has them alone inside words
 * (Latin) or in word-long runs between spaces (Cyrillic, Arabic); East Asian multi-byte text has
 * them in pairs and long runs; random data in one endless run.
 */
record HighByteRuns(int bytes, int runs, int paired) {
  /** Single-byte text has words, and words are short; random data has no spaces. */
  static final int MAX_WORD_RUN = 32;

  static HighByteRuns of(byte[] b, int from) {
    int bytes = 0;
    int runs = 0;
    int paired = 0;
    int run = 0;
    for (int i = from; i <= b.length; i++) {
      if (i < b.length && b[i] < 0) {
        run++;
        continue;
      }
      if (run > 0) {
        bytes += run;
        runs++;
        paired += run > 1 ? run : 0;
        run = 0;
      }
    }
    return new HighByteRuns(bytes, runs, paired);
  }

  /** Runs short enough for the words of a single-byte charset. */
  boolean likeWords() {
    return runs > 0 && bytes / runs <= MAX_WORD_RUN;
  }

  /** At least half the non-ASCII bytes next to another, as East Asian double-byte text has them. */
  boolean likeDoubleByteText() {
    return paired * 2 >= bytes && bytes > 0;
  }
}
