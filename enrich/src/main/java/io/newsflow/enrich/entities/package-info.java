/**
 * Named-entity recognition for news text: {@link io.newsflow.enrich.entities.EntityRecognizer}
 * tokenises, splits sentences, tags PER/ORG/LOC/MISC with a two-pass averaged perceptron and merges
 * the mentions of each entity into a {@link io.newsflow.enrich.entities.CanonicalEntity}. Nothing
 * here depends on Kafka. {@code conll} reads and scores CoNLL files for {@code newsflow ner};
 * training, evaluation and benchmarking live in the tools module.
 */
package io.newsflow.enrich.entities;
