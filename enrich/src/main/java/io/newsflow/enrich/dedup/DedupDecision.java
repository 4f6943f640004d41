package io.newsflow.enrich.dedup;

import java.util.List;

/**
 * What the index says of one article.
 *
 * @param duplicateOf id of the first seen copy of the text, null for an original
 * @param similarity estimated similarity to that original, null for an original
 * @param storySignals why the article joined its story ({@code copy}, {@code entities}, {@code
 *     time}, {@code text}); empty for the article that started it
 */
public record DedupDecision(
    String duplicateOf, Double similarity, String storyId, List<String> storySignals) {
  public DedupDecision {
    storySignals = List.copyOf(storySignals);
  }

  public boolean isCopy() {
    return duplicateOf != null;
  }
}
