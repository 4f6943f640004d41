package io.newsflow.enrich.entities;

/**
 * A shipped tagger: the language it may tag, its name in {@code Article.entity_model} (language,
 * training data, version), the resource holding its weights and how it cuts text into tokens.
 *
 * @param language BCP 47 primary tag, lower case
 * @param modelId e.g. {@code de-wikineural-v1}
 * @param resource file name next to {@link EntityRecognizer}
 * @param tokens how text and data map onto the model's tokens
 */
public record ModelCard(String language, String modelId, String resource, TokenScheme tokens) {}
