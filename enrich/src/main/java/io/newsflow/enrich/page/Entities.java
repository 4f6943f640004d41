package io.newsflow.enrich.page;

import io.newsflow.enrich.entities.CanonicalEntity;
import java.util.List;

/**
 * The entities of an article and the model that found them.
 *
 * @param model null when no model covers the article's language: then {@code found} is empty
 */
record Entities(List<CanonicalEntity> found, String model) {}
