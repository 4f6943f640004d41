package io.newsflow.enrich.entities;

/**
 * Per-language additions to the features of {@link FeatureExtractor}. {@link #DEFAULT} adds none:
 * the English model was trained with exactly the base features, and their hashes never change.
 *
 * @param characterWords for text tagged one character at a token (Chinese): the character features
 *     of {@link CharacterFeatures} (n-grams, character classes, names of the gazetteer as character
 *     strings) instead of the word features
 */
public record FeatureOptions(boolean characterWords) {
  public static final FeatureOptions DEFAULT = new FeatureOptions(false);
  public static final FeatureOptions CHARACTERS = new FeatureOptions(true);
}
