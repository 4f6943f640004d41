package io.newsflow.enrich.entities;

import java.util.List;

/**
 * The trained tagger: gazetteer, lexicon and weights, applied to pre-tokenised documents.
 * Immutable; thread-safe (all per-call state lives in the decoder call).
 */
public final class NerTagger {
  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final PerceptronModel model;
  private final BioDecoder decoder;

  public NerTagger(Gazetteer gazetteer, Lexicon lexicon, PerceptronModel model) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.model = model;
    this.decoder = new BioDecoder(new FeatureExtractor(gazetteer, lexicon), model.bits());
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public PerceptronModel model() {
    return model;
  }

  /** BIO tag ids ({@link TagSet}) for each token of each sentence of one document. */
  public List<int[]> tag(List<List<String>> document) {
    return decoder.decode(document, model);
  }
}
