package io.newsflow.enrich.entities;

import java.util.List;

/**
 * The trained tagger: gazetteer, lexicon and the weights of both passes, applied to pre-tokenised
 * documents. Immutable; thread-safe (all per-call state lives in the decoder call).
 */
public final class NerTagger {
  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final PerceptronModel firstPass;
  private final PerceptronModel secondPass;
  private final FeatureOptions options;
  private final int beamWidth;
  private final BioDecoder decoder;

  public NerTagger(
      Gazetteer gazetteer, Lexicon lexicon, PerceptronModel firstPass, PerceptronModel secondPass) {
    this(gazetteer, lexicon, firstPass, secondPass, FeatureOptions.DEFAULT);
  }

  public NerTagger(
      Gazetteer gazetteer,
      Lexicon lexicon,
      PerceptronModel firstPass,
      PerceptronModel secondPass,
      FeatureOptions options) {
    this(gazetteer, lexicon, firstPass, secondPass, options, 1);
  }

  /**
   * @param beamWidth the beam the weights were trained for (1: greedy, as every model before beam
   *     search)
   */
  public NerTagger(
      Gazetteer gazetteer,
      Lexicon lexicon,
      PerceptronModel firstPass,
      PerceptronModel secondPass,
      FeatureOptions options,
      int beamWidth) {
    if (firstPass.bits() != secondPass.bits()) {
      throw new IllegalArgumentException("both passes must hash to the same size");
    }
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.firstPass = firstPass;
    this.secondPass = secondPass;
    this.options = options;
    this.beamWidth = beamWidth;
    this.decoder =
        new BioDecoder(
            new FeatureExtractor(gazetteer, lexicon, options), firstPass.bits(), beamWidth);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public PerceptronModel firstPass() {
    return firstPass;
  }

  public PerceptronModel secondPass() {
    return secondPass;
  }

  /** The same weights with the feature additions they were trained with. */
  public NerTagger withOptions(FeatureOptions featureOptions) {
    // The card gives the token scheme's features; word classes and context come with the weights.
    return new NerTagger(
        gazetteer,
        lexicon,
        firstPass,
        secondPass,
        featureOptions
            .withClusters(options.clusters())
            .withContext(options.context())
            .withAggregate(options.aggregate())
            .withContextMates(options.contextMates())
            .withStems(options.stems())
            .withStemMemory(options.stemMemory())
            .withTopics(options.topics()),
        beamWidth);
  }

  public int beamWidth() {
    return beamWidth;
  }

  public FeatureOptions options() {
    return options;
  }

  /** BIO tag ids ({@link TagSet}) for each token of each sentence of one document. */
  public List<int[]> tag(List<List<String>> document) {
    return decoder.decode(document, firstPass, secondPass);
  }

  /** The same, scoring every token: what {@link #tag} must agree with. */
  List<int[]> tagScoringEveryToken(List<List<String>> document) {
    return new BioDecoder(
            new FeatureExtractor(gazetteer, lexicon, options), firstPass.bits(), beamWidth, false)
        .decode(document, firstPass, secondPass);
  }
}
