package io.newsflow.enrich.entities;

/**
 * Per-language additions to the features of {@link FeatureExtractor}. {@link #DEFAULT} adds none:
 * the English model was trained with exactly the base features, and their hashes never change.
 *
 * @param characterWords for text tagged one character at a token (Chinese): the character features
 *     of {@link CharacterFeatures} (n-grams, character classes, names of the gazetteer as character
 *     strings) instead of the word features
 * @param clusters word classes of the model ({@link WordClusters#NONE}: no cluster features)
 * @param context the wider context features ({@code TrainTagger --context}): affixes of five
 *     characters, the neighbours' suffixes, the words either side together, and whether the token
 *     stands inside quotes or brackets; kept in the model file (version 5)
 * @param aggregate context aggregation ({@code TrainTagger --aggregate}): for a capitalised word,
 *     the words before and after its other capitalised occurrences in the document (Ratinov and
 *     Roth 2009); a flag in the model file
 * @param knownNameTypes in the second pass, how the first pass typed the document's other words
 *     that the gazetteer knows as names of the same type ({@code TrainTagger --known-name-types},
 *     {@link KnownNameTypes}); a flag in the model file
 * @param classMateTypes in the second pass, how the first pass typed the document's other
 *     capitalised words of the same word class ({@code TrainTagger --class-mate-types}, {@link
 *     KnownNameTypes}); a flag in the model file
 * @param contextMateTypes in the second pass, how the first pass typed the document's other
 *     capitalised words between the same two neighbours after a name of the same first-pass type
 *     ("Getafe" in "Lampón ( Getafe )" and "Villarreal" in "Berruet ( Villarreal )"; {@code
 *     TrainTagger --context-mate-types}, {@link KnownNameTypes}); a flag in the model file
 * @param contextMateHistory in both passes, the types given so far in the pass to the document's
 *     context mates ({@code TrainTagger --context-mate-history}, {@link ContextMates}); a flag in
 *     the model file
 */
public record FeatureOptions(
    boolean characterWords,
    WordClusters clusters,
    boolean context,
    boolean aggregate,
    boolean knownNameTypes,
    boolean classMateTypes,
    boolean contextMateTypes,
    boolean contextMateHistory) {
  public static final FeatureOptions DEFAULT =
      new FeatureOptions(false, WordClusters.NONE, false, false, false, false, false, false);
  public static final FeatureOptions CHARACTERS =
      new FeatureOptions(true, WordClusters.NONE, false, false, false, false, false, false);

  public FeatureOptions withClusters(WordClusters wordClusters) {
    return new FeatureOptions(
        characterWords,
        wordClusters,
        context,
        aggregate,
        knownNameTypes,
        classMateTypes,
        contextMateTypes,
        contextMateHistory);
  }

  public FeatureOptions withContext(boolean contextFeatures) {
    return new FeatureOptions(
        characterWords,
        clusters,
        contextFeatures,
        aggregate,
        knownNameTypes,
        classMateTypes,
        contextMateTypes,
        contextMateHistory);
  }

  public FeatureOptions withAggregate(boolean aggregateFeatures) {
    return new FeatureOptions(
        characterWords,
        clusters,
        context,
        aggregateFeatures,
        knownNameTypes,
        classMateTypes,
        contextMateTypes,
        contextMateHistory);
  }

  public FeatureOptions withKnownNameTypes(boolean knownNameTypeFeatures) {
    return new FeatureOptions(
        characterWords,
        clusters,
        context,
        aggregate,
        knownNameTypeFeatures,
        classMateTypes,
        contextMateTypes,
        contextMateHistory);
  }

  public FeatureOptions withClassMateTypes(boolean classMateTypeFeatures) {
    return new FeatureOptions(
        characterWords,
        clusters,
        context,
        aggregate,
        knownNameTypes,
        classMateTypeFeatures,
        contextMateTypes,
        contextMateHistory);
  }

  public FeatureOptions withContextMateTypes(boolean contextMateTypeFeatures) {
    return new FeatureOptions(
        characterWords,
        clusters,
        context,
        aggregate,
        knownNameTypes,
        classMateTypes,
        contextMateTypeFeatures,
        contextMateHistory);
  }

  public FeatureOptions withContextMateHistory(boolean contextMateHistoryFeatures) {
    return new FeatureOptions(
        characterWords,
        clusters,
        context,
        aggregate,
        knownNameTypes,
        classMateTypes,
        contextMateTypes,
        contextMateHistoryFeatures);
  }
}
