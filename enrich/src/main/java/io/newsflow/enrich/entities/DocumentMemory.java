package io.newsflow.enrich.entities;

import java.util.HashMap;
import java.util.Map;

/**
 * What the tagger has said so far about each capitalised word of one document, so that later
 * mentions are tagged like earlier ones ("Putin" after "Vladimir Putin"): news names a thing in
 * full first and repeats it short. One per document; not thread-safe.
 */
final class DocumentMemory {
  private final Map<String, int[]> typeCounts = new HashMap<>();

  /** Records that the word (lower-cased) was tagged with the type (0 = none). */
  void record(String lower, boolean capitalised, int type) {
    if (capitalised) {
      typeCounts.computeIfAbsent(lower, k -> new int[TagSet.TYPES.size() + 1])[type]++;
    }
  }

  /** Counts per type (index 0 = not an entity), or null if the word was not seen capitalised. */
  int[] counts(String lower) {
    return typeCounts.get(lower);
  }
}
