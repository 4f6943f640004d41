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
 * @param contextMates in the second pass, how the first pass typed the document's other capitalised
 *     words between the same two neighbours after a token of the same first-pass type ({@link
 *     ContextMates}; {@code TrainTagger --context-mates}); a flag in the model file
 * @param stems the rule that cuts a word's inflectional ending ({@link WordEndings}; NONE: no
 *     stems): the stem as a feature, and the known name parts of that stem, so the inflected forms
 *     of one name share their evidence ({@code TrainTagger --stems}); a flag in the model file
 * @param stemMemory the document memory counts a word's types by its stem, not its lower-case form
 *     ("Путина" earlier in the story informs "Путину"; {@code TrainTagger --stem-memory}, with
 *     {@code stems}); a flag in the model file
 * @param topics every capitalised word sees the story's topic words ({@link DocumentMemory#topics}:
 *     its most repeated lower-case words, such as "partido" or "selección" in a match report), so
 *     an unseen name's type can follow the kind of story ({@code TrainTagger --topics}); a flag in
 *     the model file
 */
public record FeatureOptions(
    boolean characterWords,
    WordClusters clusters,
    boolean context,
    boolean aggregate,
    boolean contextMates,
    WordEndings stems,
    boolean stemMemory,
    boolean topics) {
  public static final FeatureOptions DEFAULT =
      new FeatureOptions(
          false, WordClusters.NONE, false, false, false, WordEndings.NONE, false, false);
  public static final FeatureOptions CHARACTERS =
      new FeatureOptions(
          true, WordClusters.NONE, false, false, false, WordEndings.NONE, false, false);

  public FeatureOptions withClusters(WordClusters wordClusters) {
    return new FeatureOptions(
        characterWords, wordClusters, context, aggregate, contextMates, stems, stemMemory, topics);
  }

  public FeatureOptions withContext(boolean contextFeatures) {
    return new FeatureOptions(
        characterWords,
        clusters,
        contextFeatures,
        aggregate,
        contextMates,
        stems,
        stemMemory,
        topics);
  }

  public FeatureOptions withAggregate(boolean aggregateFeatures) {
    return new FeatureOptions(
        characterWords,
        clusters,
        context,
        aggregateFeatures,
        contextMates,
        stems,
        stemMemory,
        topics);
  }

  public FeatureOptions withContextMates(boolean contextMateFeatures) {
    return new FeatureOptions(
        characterWords,
        clusters,
        context,
        aggregate,
        contextMateFeatures,
        stems,
        stemMemory,
        topics);
  }

  public FeatureOptions withStems(WordEndings rule) {
    return new FeatureOptions(
        characterWords, clusters, context, aggregate, contextMates, rule, stemMemory, topics);
  }

  public FeatureOptions withTopics(boolean topicWords) {
    return new FeatureOptions(
        characterWords, clusters, context, aggregate, contextMates, stems, stemMemory, topicWords);
  }

  public FeatureOptions withStemMemory(boolean byStem) {
    return new FeatureOptions(
        characterWords, clusters, context, aggregate, contextMates, stems, byStem, topics);
  }
}
