package io.newsflow.enrich.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The taggers by language. Each model is read on first use, so a deployment that sees one language
 * pays the load time and heap of one model. Thread-safe; share one instance per process.
 */
public final class EntityModels {
  /**
   * The GermEval 2014 dev file of {@code ner-multilingual/de}: the German model trained on its even
   * half (the only in-domain German data), so it is scored on the odd half only.
   */
  static final String GERMEVAL_DEV_SHA256 =
      "32713a3d586b80544319c072ce663c66411c0577728bc4956a598230d65ffde6";

  /**
   * Every model in the jar; MODELS.md has a card for each. No Chinese model: the character tagger
   * trained on the UNER data, with HanLP's words and names as features, reaches a dev F1 of 0.68
   * (precision 0.71), and wrong names are worse than none.
   */
  public static final List<ModelCard> SHIPPED =
      List.of(
          new ModelCard("en", "en-conll2003-v3", "ner-model.bin", TokenScheme.WORDS, null, true),
          new ModelCard(
              "de",
              "de-corenlp-germeval-v5",
              "ner-model-de.bin",
              TokenScheme.WORDS,
              GERMEVAL_DEV_SHA256),
          new ModelCard("es", "es-conll2002-v7", "ner-model-es.bin", TokenScheme.WORDS),
          new ModelCard("nl", "nl-conll2002-v5", "ner-model-nl.bin", TokenScheme.WORDS),
          new ModelCard("fr", "fr-wikineural-v2", "ner-model-fr.bin", TokenScheme.WORDS),
          new ModelCard("it", "it-wikineural-v3", "ner-model-it.bin", TokenScheme.WORDS),
          new ModelCard(
              "pt", "pt-uner-v4", "ner-model-pt.bin", TokenScheme.PORTUGUESE_CONTRACTIONS),
          new ModelCard("ru", "ru-wikiner-v5", "ner-model-ru.bin", TokenScheme.WORDS));

  private static final EntityModels SHIPPED_MODELS = new EntityModels(SHIPPED);

  private final Map<String, ModelCard> cards = new LinkedHashMap<>();
  private final Map<String, EntityRecognizer> loaded = new ConcurrentHashMap<>();

  private EntityModels(List<ModelCard> cards) {
    for (ModelCard card : cards) {
      this.cards.put(card.language(), card);
    }
  }

  /** The models in the jar, loaded lazily, one instance per process. */
  public static EntityModels shipped() {
    return SHIPPED_MODELS;
  }

  /** Exactly the given recognizers, already loaded (tests, tools). */
  public static EntityModels of(EntityRecognizer... recognizers) {
    EntityModels models = new EntityModels(List.of());
    for (EntityRecognizer recognizer : recognizers) {
      models.cards.put(recognizer.language(), recognizer.card());
      models.loaded.put(recognizer.language(), recognizer);
    }
    return models;
  }

  /** The languages with a model, in the order of {@link #SHIPPED}. */
  public Set<String> languages() {
    return Set.copyOf(cards.keySet());
  }

  public Optional<ModelCard> card(String language) {
    return Optional.ofNullable(cards.get(language));
  }

  /** The tagger of this language (BCP 47 primary tag), loading it on first use; empty if none. */
  public Optional<EntityRecognizer> forLanguage(String language) {
    ModelCard card = cards.get(language);
    if (card == null) {
      return Optional.empty();
    }
    return Optional.of(loaded.computeIfAbsent(language, l -> load(card)));
  }

  /** Reads a shipped model's resource. */
  public static EntityRecognizer load(ModelCard card) {
    try (InputStream in = EntityRecognizer.class.getResourceAsStream(card.resource())) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + card.resource());
      }
      return new EntityRecognizer(
          Tokenizer.loadDefault(),
          ModelFile.read(in).withOptions(card.tokens().features()),
          AliasTable.loadDefault(),
          card);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + card.resource(), e);
    }
  }
}
