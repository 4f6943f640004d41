/**
 * Named-entity recognition for news text: {@link io.newsflow.enrich.entities.EntityRecognizer}
 * tokenises, splits sentences, tags PER/ORG/LOC/MISC with a two-pass averaged perceptron and merges
 * the mentions of each entity into a {@link io.newsflow.enrich.entities.CanonicalEntity}. Nothing
 * here depends on Kafka. Training, evaluation and benchmarking live in the sub-packages.
 */
package io.newsflow.enrich.entities;
