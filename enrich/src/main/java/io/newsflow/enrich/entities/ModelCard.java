package io.newsflow.enrich.entities;

/**
 * A shipped tagger: the language it may tag, its name in {@code Article.entity_model} (language,
 * training data, version), the resource holding its weights and how it cuts text into tokens.
 *
 * @param language BCP 47 primary tag, lower case
 * @param modelId e.g. {@code de-wikineural-v1}
 * @param resource file name next to {@link EntityRecognizer}
 * @param tokens how text and data map onto the model's tokens
 * @param trainedOnHalfOf SHA-256 of a development file whose even half ({@code conll.DevSplit}) the
 *     model was trained on, so evaluations of that file score the odd half only; null if none
 * @param sentenceStartNames whether a person's name the tagger began at a sentence's second word
 *     begins at an unknown capitalised first word ({@link NameStarts}); chosen per model by its dev
 *     scores
 */
public record ModelCard(
    String language,
    String modelId,
    String resource,
    TokenScheme tokens,
    String trainedOnHalfOf,
    boolean sentenceStartNames) {
  public ModelCard(String language, String modelId, String resource, TokenScheme tokens) {
    this(language, modelId, resource, tokens, null);
  }

  public ModelCard(
      String language,
      String modelId,
      String resource,
      TokenScheme tokens,
      String trainedOnHalfOf) {
    this(language, modelId, resource, tokens, trainedOnHalfOf, false);
  }
}
