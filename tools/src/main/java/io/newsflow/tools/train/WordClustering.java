package io.newsflow.tools.train;

import io.newsflow.enrich.entities.WordClusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word classes from unlabelled text by the exchange algorithm (Kneser and Ney 1993; Martin,
 * Liermann and Ney 1998): start from classes by frequency rank, then move each word to the class
 * that most raises the likelihood of a class bigram model, until few words move. A cheaper cousin
 * of Brown clustering (flat classes, run once per granularity instead of one merge tree), with the
 * same objective. Deterministic.
 */
final class WordClustering {
  private static final String BOUNDARY = "<s>";
  private static final String RARE = "<rare>";

  private final int words;
  private final int[] counts;
  private final int[][] right;
  private final int[][] rightCounts;
  private final int[][] left;
  private final int[][] leftCounts;
  private final int[] self;
  private final double[] xlogx;

  private WordClustering(int words, int[] counts, Map<Long, Integer> bigrams, long tokens) {
    this.words = words;
    this.counts = counts;
    List<List<int[]>> r = new ArrayList<>();
    List<List<int[]>> l = new ArrayList<>();
    for (int w = 0; w < words; w++) {
      r.add(new ArrayList<>());
      l.add(new ArrayList<>());
    }
    self = new int[words];
    bigrams.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              int a = (int) (e.getKey() >>> 32);
              int b = (int) (long) e.getKey();
              if (a == b) {
                self[a] += e.getValue();
              } else {
                r.get(a).add(new int[] {b, e.getValue()});
                l.get(b).add(new int[] {a, e.getValue()});
              }
            });
    right = new int[words][];
    rightCounts = new int[words][];
    left = new int[words][];
    leftCounts = new int[words][];
    for (int w = 0; w < words; w++) {
      right[w] = r.get(w).stream().mapToInt(x -> x[0]).toArray();
      rightCounts[w] = r.get(w).stream().mapToInt(x -> x[1]).toArray();
      left[w] = l.get(w).stream().mapToInt(x -> x[0]).toArray();
      leftCounts[w] = l.get(w).stream().mapToInt(x -> x[1]).toArray();
    }
    xlogx = new double[(int) tokens + 2];
    for (int x = 1; x < xlogx.length; x++) {
      xlogx[x] = x * Math.log(x);
    }
  }

  /**
   * Classes of the lower-case words of the sentences that occur at least {@code minCount} times, at
   * each of the given numbers of classes (coarse first, at most {@link
   * WordClusters#GRANULARITIES}).
   */
  static WordClusters cluster(
      List<List<String>> sentences, int minCount, int[] classCounts, int iterations) {
    Map<String, Integer> frequency = new HashMap<>();
    for (List<String> sentence : sentences) {
      for (String token : sentence) {
        frequency.merge(token.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    // Ids by falling frequency (ties by spelling), so the first classes start with frequent words.
    List<String> vocabulary = new ArrayList<>();
    vocabulary.add(BOUNDARY);
    vocabulary.add(RARE);
    frequency.entrySet().stream()
        .filter(e -> e.getValue() >= minCount)
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> vocabulary.add(e.getKey()));
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      ids.put(vocabulary.get(i), i);
    }
    int[] counts = new int[vocabulary.size()];
    Map<Long, Integer> bigrams = new HashMap<>();
    long tokens = 0;
    for (List<String> sentence : sentences) {
      int previous = 0;
      counts[0]++;
      for (String token : sentence) {
        int id = ids.getOrDefault(token.toLowerCase(Locale.ROOT), 1);
        counts[id]++;
        bigrams.merge((long) previous << 32 | id, 1, Integer::sum);
        previous = id;
        tokens++;
      }
      bigrams.merge((long) previous << 32, 1, Integer::sum);
      tokens += 2;
    }
    WordClustering clustering = new WordClustering(vocabulary.size(), counts, bigrams, tokens);
    int[][] classes = new int[classCounts.length][];
    for (int g = 0; g < classCounts.length; g++) {
      classes[g] = clustering.exchange(classCounts[g], iterations);
    }
    Map<String, Integer> packed = new HashMap<>();
    for (int w = 2; w < vocabulary.size(); w++) {
      int[] of = new int[classCounts.length];
      for (int g = 0; g < classCounts.length; g++) {
        of[g] = classes[g][w];
      }
      packed.put(vocabulary.get(w), WordClusters.pack(of));
    }
    return new WordClusters(packed);
  }

  private double f(long x) {
    return xlogx[(int) x];
  }

  /** Class of each word after the exchange passes. */
  int[] exchange(int k, int iterations) {
    int[] cls = new int[words];
    long[][] pair = new long[k][k];
    long[] single = new long[k];
    for (int w = 0; w < words; w++) {
      cls[w] = w % k;
    }
    for (int w = 0; w < words; w++) {
      single[cls[w]] += counts[w];
      pair[cls[w]][cls[w]] += self[w];
      for (int j = 0; j < right[w].length; j++) {
        pair[cls[w]][cls[right[w][j]]] += rightCounts[w][j];
      }
    }
    long[] r = new long[k];
    long[] l = new long[k];
    int[] touchedR = new int[k];
    int[] touchedL = new int[k];
    for (int pass = 1; pass <= iterations; pass++) {
      int moved = 0;
      for (int w = 0; w < words; w++) {
        int from = cls[w];
        int nr = 0;
        int nl = 0;
        for (int j = 0; j < right[w].length; j++) {
          int d = cls[right[w][j]];
          if (r[d] == 0) {
            touchedR[nr++] = d;
          }
          r[d] += rightCounts[w][j];
        }
        for (int j = 0; j < left[w].length; j++) {
          int c = cls[left[w][j]];
          if (l[c] == 0) {
            touchedL[nl++] = c;
          }
          l[c] += leftCounts[w][j];
        }
        move(pair, single, w, from, r, l, touchedR, nr, touchedL, nl, -1);
        int best = from;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < k; b++) {
          double gain = gain(pair, single, w, b, r, l, touchedR, nr, touchedL, nl);
          if (gain > bestGain + 1e-9 || (b == from && gain >= bestGain - 1e-9)) {
            bestGain = gain;
            best = b;
          }
        }
        move(pair, single, w, best, r, l, touchedR, nr, touchedL, nl, 1);
        if (best != from) {
          cls[w] = best;
          moved++;
        }
        for (int j = 0; j < nr; j++) {
          r[touchedR[j]] = 0;
        }
        for (int j = 0; j < nl; j++) {
          l[touchedL[j]] = 0;
        }
      }
      System.err.printf(
          Locale.ROOT, "  %d classes, pass %d: %d of %d words moved%n", k, pass, moved, words);
      if (moved <= words / 200) {
        break;
      }
    }
    return Arrays.copyOf(cls, words);
  }

  /** Log-likelihood change of putting word w (taken out of every count) into class b. */
  private double gain(
      long[][] pair,
      long[] single,
      int w,
      int b,
      long[] r,
      long[] l,
      int[] touchedR,
      int nr,
      int[] touchedL,
      int nl) {
    double gain = 0;
    long[] row = pair[b];
    for (int j = 0; j < nr; j++) {
      int d = touchedR[j];
      if (d != b) {
        gain += f(row[d] + r[d]) - f(row[d]);
      }
    }
    for (int j = 0; j < nl; j++) {
      int c = touchedL[j];
      if (c != b) {
        gain += f(pair[c][b] + l[c]) - f(pair[c][b]);
      }
    }
    gain += f(row[b] + r[b] + l[b] + self[w]) - f(row[b]);
    gain -= 2 * (f(single[b] + counts[w]) - f(single[b]));
    return gain;
  }

  /** Adds (sign 1) or removes (sign -1) word w's counts to or from class b. */
  private void move(
      long[][] pair,
      long[] single,
      int w,
      int b,
      long[] r,
      long[] l,
      int[] touchedR,
      int nr,
      int[] touchedL,
      int nl,
      int sign) {
    for (int j = 0; j < nr; j++) {
      pair[b][touchedR[j]] += sign * r[touchedR[j]];
    }
    for (int j = 0; j < nl; j++) {
      pair[touchedL[j]][b] += sign * l[touchedL[j]];
    }
    pair[b][b] += sign * self[w];
    single[b] += sign * counts[w];
  }
}
