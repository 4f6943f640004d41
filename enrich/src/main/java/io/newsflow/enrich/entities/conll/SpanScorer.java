package io.newsflow.enrich.entities.conll;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Span-level precision, recall and F1 as conlleval counts them: exact boundaries and type. */
public final class SpanScorer {
  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {correct, predicted, gold}

  public void add(List<String> gold, List<String> predicted) {
    Set<Span> goldSpans = new HashSet<>(Span.fromTags(gold));
    for (Span span : Span.fromTags(predicted)) {
      int[] c = counts(span.type());
      c[1]++;
      if (goldSpans.contains(span)) {
        c[0]++;
      }
    }
    for (Span span : goldSpans) {
      counts(span.type())[2]++;
    }
  }

  private int[] counts(String type) {
    return counts.computeIfAbsent(type, t -> new int[3]);
  }

  public double f1() {
    return score(total())[2];
  }

  private int[] total() {
    int[] total = new int[3];
    for (int[] c : counts.values()) {
      for (int k = 0; k < 3; k++) {
        total[k] += c[k];
      }
    }
    return total;
  }

  /** {precision, recall, f1} */
  private static double[] score(int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }

  /** A table of P/R/F1 per type and overall, in percent. */
  public String report() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%-8s %7s %7s %7s %6s %6s%n", "type", "P", "R", "F1", "gold", "pred"));
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      line(sb, e.getKey(), e.getValue());
    }
    line(sb, "overall", total());
    return sb.toString();
  }

  private static void line(StringBuilder sb, String name, int[] c) {
    double[] s = score(c);
    sb.append(
        String.format(
            Locale.ROOT,
            "%-8s %7.2f %7.2f %7.2f %6d %6d%n",
            name,
            100 * s[0],
            100 * s[1],
            100 * s[2],
            c[2],
            c[1]));
  }
}
