package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Beam decoding of one pass, sentence by sentence: keeps the {@code width} best-scoring tag
 * histories of the sentence (each with its own two previous tags and its own document-memory counts
 * for the sentence), then records the best one in the memory. A greedy choice can never be taken
 * back; here a first token that looked like O can still start a name once the next tokens say so.
 *
 * <p>Training (a {@link BioDecoder.StepListener} that gives gold tags) is the structured perceptron
 * with early update (Collins and Roark 2004): as soon as the gold history falls out of the beam,
 * the gold history's features are rewarded and the best item's penalised, both from the first token
 * where they differ up to there; if the gold history survives but loses at the end, the same over
 * the whole sentence. With {@link BioDecoder.StepListener#maxViolation} the update is made instead
 * at the token where the best item leads the gold history by most (Huang, Fayong and Guo 2012),
 * which scores the gold history at every token. The sentence is still decoded to its end, so the
 * document memory sees what decoding would have said, as on new text.
 */
final class BeamSearch {
  private final FeatureExtractor extractor;
  private final int bits;
  private final int width;

  BeamSearch(FeatureExtractor extractor, int bits, int width) {
    this.extractor = extractor;
    this.bits = bits;
    this.width = width;
  }

  List<int[]> pass(
      List<SentenceView> views,
      DocumentMemory memory,
      TagScorer scorer,
      BioDecoder.StepListener trainer) {
    FeatureVector features = new FeatureVector(bits);
    float[] scores = new float[TagSet.SIZE];
    List<int[]> result = new ArrayList<>(views.size());
    for (int si = 0; si < views.size(); si++) {
      SentenceView sentence = views.get(si);
      memory.startSentence(si);
      int[] gold = trainer == null ? null : trainer.gold(si);
      boolean maxViolation = trainer != null && trainer.maxViolation();
      Outcome outcome = decode(sentence, memory, scorer, gold, maxViolation, features, scores);
      if (trainer != null) {
        if (outcome.violation >= 0) {
          update(sentence, memory, gold, outcome.violator, outcome.violation, features, trainer);
        } else if (!Arrays.equals(outcome.tags, gold)) {
          update(sentence, memory, gold, outcome.tags, gold.length - 1, features, trainer);
        }
        trainer.endSentence();
      }
      memory.recordSentence(outcome.tags);
      result.add(outcome.tags);
    }
    return result;
  }

  /**
   * The best tags of the sentence; with gold tags, also where the gold history first fell out of
   * the beam (-1 if never) and the best item's tags at that point.
   */
  private record Outcome(int[] tags, int violation, int[] violator) {}

  private Outcome decode(
      SentenceView sentence,
      DocumentMemory memory,
      TagScorer scorer,
      int[] gold,
      boolean maxViolation,
      FeatureVector features,
      float[] scores) {
    int n = sentence.size();
    double goldScore = 0;
    double mostViolated = 0;
    int[][] items = new int[width][n];
    double[] itemScores = new double[width];
    int[][] next = new int[width][n];
    double[] nextScores = new double[width];
    int candidates = width * TagSet.SIZE;
    int[] candItem = new int[candidates];
    int[] candTag = new int[candidates];
    double[] candScore = new double[candidates];
    float[][] tagScores = new float[width][TagSet.SIZE];
    int size = 1;
    int goldItem = gold == null ? -1 : 0;
    int violation = -1;
    int[] violator = null;
    for (int i = 0; i < n; i++) {
      if (maxViolation) {
        extract(sentence, i, gold, memory, features);
        scorer.score(features, scores);
        goldScore += scores[gold[i]];
      }
      int count = 0;
      // Items that end in the same two tags have the same features here unless the document
      // memory of a capitalised word repeated in this sentence tells them apart: score once.
      boolean historyOnly = !sentence.capitalised[i] || !memory.repeatedInSentence(i);
      for (int b = 0; b < size; b++) {
        int prev = i > 0 ? items[b][i - 1] : TagSet.O;
        int prev2 = i > 1 ? items[b][i - 2] : TagSet.O;
        int same = historyOnly ? sameEnding(items, b, i) : -1;
        if (same >= 0) {
          System.arraycopy(tagScores[same], 0, tagScores[b], 0, TagSet.SIZE);
        } else {
          memory.usePending(items[b]);
          extractor.extract(sentence, i, prev, prev2, memory, features);
          scorer.score(features, tagScores[b]);
        }
        for (int tag = 0; tag < TagSet.SIZE; tag++) {
          if (TagSet.allowed(prev, tag)) {
            candItem[count] = b;
            candTag[count] = tag;
            candScore[count] = itemScores[b] + tagScores[b][tag];
            count++;
          }
        }
      }
      int kept = Math.min(width, count);
      int nextGold = -1;
      for (int k = 0; k < kept; k++) {
        // Selection of the k-th best; ties go to the earlier item, then the lower tag.
        int best = k;
        for (int c = k + 1; c < count; c++) {
          if (candScore[c] > candScore[best]) {
            best = c;
          }
        }
        moveTo(candItem, candTag, candScore, k, best);
        System.arraycopy(items[candItem[k]], 0, next[k], 0, i);
        next[k][i] = candTag[k];
        nextScores[k] = candScore[k];
        if (goldItem >= 0 && candItem[k] == goldItem && candTag[k] == gold[i]) {
          nextGold = k;
        }
      }
      int[][] swapItems = items;
      items = next;
      next = swapItems;
      double[] swapScores = itemScores;
      itemScores = nextScores;
      nextScores = swapScores;
      size = kept;
      if (maxViolation) {
        if (itemScores[0] - goldScore > mostViolated) {
          mostViolated = itemScores[0] - goldScore;
          violation = i;
          violator = Arrays.copyOf(items[0], i + 1);
        }
      } else if (goldItem >= 0 && nextGold < 0) {
        violation = i;
        violator = Arrays.copyOf(items[0], i + 1);
      }
      goldItem = nextGold;
    }
    memory.usePending(null);
    return new Outcome(items[0].clone(), violation, violator);
  }

  /** An earlier item whose last two tags before token i are item b's, or -1. */
  private static int sameEnding(int[][] items, int b, int i) {
    for (int a = 0; a < b; a++) {
      if ((i < 1 || items[a][i - 1] == items[b][i - 1])
          && (i < 2 || items[a][i - 2] == items[b][i - 2])) {
        return a;
      }
    }
    return -1;
  }

  /** Keeps the candidates sorted in place: moves candidate {@code from} to slot {@code to}. */
  private static void moveTo(int[] item, int[] tag, double[] score, int to, int from) {
    // Shift rather than swap, so equal scores keep their order (earlier item, lower tag first).
    int keptItem = item[from];
    int keptTag = tag[from];
    double keptScore = score[from];
    for (int c = from; c > to; c--) {
      item[c] = item[c - 1];
      tag[c] = tag[c - 1];
      score[c] = score[c - 1];
    }
    item[to] = keptItem;
    tag[to] = keptTag;
    score[to] = keptScore;
  }

  /**
   * Rewards the gold history's features and penalises the predicted history's, from their first
   * difference to {@code last}: before it both histories and so their features are the same.
   */
  private void update(
      SentenceView sentence,
      DocumentMemory memory,
      int[] gold,
      int[] predicted,
      int last,
      FeatureVector features,
      BioDecoder.StepListener trainer) {
    int first = 0;
    while (first <= last && gold[first] == predicted[first]) {
      first++;
    }
    for (int j = first; j <= last; j++) {
      extract(sentence, j, gold, memory, features);
      trainer.update(features, gold[j], 1f);
      extract(sentence, j, predicted, memory, features);
      trainer.update(features, predicted[j], -1f);
    }
    memory.usePending(null);
  }

  private void extract(
      SentenceView sentence, int i, int[] history, DocumentMemory memory, FeatureVector out) {
    memory.usePending(history);
    int prev = i > 0 ? history[i - 1] : TagSet.O;
    int prev2 = i > 1 ? history[i - 2] : TagSet.O;
    extractor.extract(sentence, i, prev, prev2, memory, out);
  }
}
