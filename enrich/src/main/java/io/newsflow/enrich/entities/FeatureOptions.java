package io.newsflow.enrich.entities;

/**
 * Per-language additions to the features of {@link FeatureExtractor}. {@link #DEFAULT} adds none:
 * the English model was trained with exactly the base features, and their hashes never change.
 *
 * @param characterWords for text tagged one character at a token (Chinese): character n-grams
 *     around the token and which words of the model's word list (the {@link Lexicon}, built from
 *     the training data's word segmentation) begin, end or run through it, since no word boundary
 *     is written
 */
public record FeatureOptions(boolean characterWords) {
  public static final FeatureOptions DEFAULT = new FeatureOptions(false);
  public static final FeatureOptions CHARACTERS = new FeatureOptions(true);
}
