package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Tags a document left to right: each token gets the best-scoring tag that the BIO rules allow
 * after the previous one, and that choice feeds the next token's features and the document memory.
 * Greedy decoding (beam width 1) lets features look at any earlier decision (two previous tags, the
 * document so far) at the cost of one scoring per token; a wider beam ({@link BeamSearch}) keeps
 * the best few histories of each sentence at that cost per history.
 */
public final class BioDecoder {
  /** Sees every decision; the trainer uses it to update weights where the decoder went wrong. */
  public interface StepListener {
    void onStep(FeatureVector features, int predicted, int sentence, int token);

    /** Beam training: the gold tags of a sentence of the document. */
    default int[] gold(int sentence) {
      throw new UnsupportedOperationException("greedy training only");
    }

    /** Beam training: adds {@code delta} to the features' weights of the tag. */
    default void update(FeatureVector features, int tag, float delta) {
      throw new UnsupportedOperationException("greedy training only");
    }

    /**
     * Beam training: update where the best history leads the gold one by most, rather than where
     * the gold history first falls out of the beam.
     */
    default boolean maxViolation() {
      return false;
    }

    /** Beam training: one sentence (one training example) is done. */
    default void endSentence() {}
  }

  private final FeatureExtractor extractor;
  private final int bits;
  private final BeamSearch beam;
  private final boolean skipPlainWords;

  public BioDecoder(FeatureExtractor extractor, int bits) {
    this(extractor, bits, 1);
  }

  /**
   * @param beamWidth histories kept per sentence; 1 decodes greedily
   */
  public BioDecoder(FeatureExtractor extractor, int bits, int beamWidth) {
    this(extractor, bits, beamWidth, true);
  }

  /**
   * @param skipPlainWords in greedy decoding, tag plain words outside names O without scoring them
   *     (see {@link #plainOutside}); false scores every token
   */
  BioDecoder(FeatureExtractor extractor, int bits, int beamWidth, boolean skipPlainWords) {
    if (beamWidth < 1) {
      throw new IllegalArgumentException("beam width must be 1 or more: " + beamWidth);
    }
    this.extractor = extractor;
    this.bits = bits;
    this.beam = beamWidth == 1 ? null : new BeamSearch(extractor, bits, beamWidth);
    this.skipPlainWords = skipPlainWords;
  }

  /**
   * Tags of each token of each sentence of one document, in two passes: the first tags with what is
   * known so far in the document; the second tags again knowing what the first pass said about
   * every word anywhere in the document. Each pass has its own weights (see TrainTagger).
   */
  public List<int[]> decode(List<List<String>> document, TagScorer first, TagScorer second) {
    List<SentenceView> views = views(document);
    DocumentMemory firstMemory = new DocumentMemory(views);
    List<int[]> firstTags = pass(views, firstMemory, first, null);
    return pass(views, firstMemory.secondPass(views, firstTags), second, null);
  }

  public List<int[]> firstPass(
      List<List<String>> document, TagScorer scorer, StepListener listener) {
    List<SentenceView> views = views(document);
    return pass(views, new DocumentMemory(views), scorer, listener);
  }

  public List<int[]> secondPass(
      List<List<String>> document, List<int[]> firstTags, TagScorer scorer, StepListener listener) {
    List<SentenceView> views = views(document);
    return pass(views, new DocumentMemory(views, firstTags), scorer, listener);
  }

  private List<SentenceView> views(List<List<String>> document) {
    List<SentenceView> views = new ArrayList<>(document.size());
    for (List<String> sentence : document) {
      views.add(extractor.view(sentence));
    }
    return views;
  }

  private List<int[]> pass(
      List<SentenceView> views, DocumentMemory memory, TagScorer scorer, StepListener listener) {
    if (beam != null) {
      return beam.pass(views, memory, scorer, listener);
    }
    FeatureVector features = new FeatureVector(bits);
    float[] scores = new float[TagSet.SIZE];
    List<int[]> result = new ArrayList<>(views.size());
    for (int si = 0; si < views.size(); si++) {
      SentenceView sentence = views.get(si);
      memory.startSentence(si);
      int[] tags = new int[sentence.size()];
      int prev = TagSet.O;
      int prev2 = TagSet.O;
      for (int i = 0; i < tags.length; i++) {
        int tag;
        if (skipPlainWords && listener == null && plainOutside(sentence, i, prev, memory)) {
          tag = TagSet.O;
        } else {
          extractor.extract(sentence, i, prev, prev2, memory, features);
          scorer.score(features, scores);
          tag = best(scores, prev);
        }
        if (listener != null) {
          listener.onStep(features, tag, si, i);
        }
        tags[i] = tag;
        memory.record(i, sentence.capitalised[i], TagSet.type(tag));
        prev2 = prev;
        prev = tag;
      }
      result.add(tags);
    }
    return result;
  }

  /**
   * A plain word (lower-case letters or one punctuation mark: "said", ",") after an O, that begins
   * no known name and that the first pass also left outside, is O without scoring it: the models
   * (nearly) never start a name there, such words are most of a news text, and so most scoring is
   * skipped. On the dev sets no English tag changes and no language's F1 goes down ({@code
   * PlainWordSkipTest}); the few tags that change were the models' own mistakes (German "gestanden"
   * as MISC). Training scores every token.
   */
  private static boolean plainOutside(SentenceView s, int i, int prev, DocumentMemory memory) {
    return prev == TagSet.O
        && s.characterFeatures == null
        && s.types[i].plain
        && (s.namePartMarks[i] & Gazetteer.NAME_STARTS) == 0
        && (!memory.hasFirstPass() || memory.firstPassTag(i) == TagSet.O);
  }

  static int best(float[] scores, int prev) {
    int best = TagSet.O;
    for (int tag = 1; tag < TagSet.SIZE; tag++) {
      if (TagSet.allowed(prev, tag) && scores[tag] > scores[best]) {
        best = tag;
      }
    }
    return best;
  }
}
