package io.newsflow.tools.extraction;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Aggregates over some pages of the multilingual set: body precision and recall averaged over the
 * full-text pages (F1 of the averages, as {@link EvaluationReport}), the strict checks over the
 * partial ones, the share of matching metadata where a value is expected.
 */
public record ScoreSlice(List<MultilingualPageScore> pages) {

  public ScoreSlice {
    pages = List.copyOf(pages);
  }

  public List<MultilingualPageScore> fullText() {
    return pages.stream().filter(MultilingualPageScore::fullText).toList();
  }

  public List<MultilingualPageScore> partial() {
    return pages.stream().filter(p -> !p.fullText()).toList();
  }

  public double precision() {
    return fullText().stream().mapToDouble(MultilingualPageScore::precision).average().orElse(0);
  }

  public double recall() {
    return fullText().stream().mapToDouble(MultilingualPageScore::recall).average().orElse(0);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Pages that have an expected text (of any kind) and came out empty. */
  public List<MultilingualPageScore> empty() {
    return pages.stream().filter(MultilingualPageScore::empty).toList();
  }

  /** Partial pages whose output starts with the expected opening (whitespace ignored). */
  public double startsRate() {
    return share(partial(), MultilingualPageScore::starts);
  }

  public double containsRate() {
    return share(partial(), MultilingualPageScore::contains);
  }

  /** Share of the expected openings' units found in the output, averaged over partial pages. */
  public double foundRate() {
    return partial().stream().mapToDouble(MultilingualPageScore::recall).average().orElse(0);
  }

  public double titleExact() {
    return fieldShare(MultilingualPageScore::titleMatch);
  }

  public long titlesScored() {
    return scored(MultilingualPageScore::titleMatch);
  }

  public double authorsMatch() {
    return fieldShare(MultilingualPageScore::authorsMatch);
  }

  public long authorsScored() {
    return scored(MultilingualPageScore::authorsMatch);
  }

  public double dateMatch() {
    return fieldShare(MultilingualPageScore::dateMatch);
  }

  public long datesScored() {
    return scored(MultilingualPageScore::dateMatch);
  }

  private double fieldShare(Function<MultilingualPageScore, Boolean> field) {
    List<Boolean> values = pages.stream().map(field).filter(Objects::nonNull).toList();
    return values.isEmpty() ? 0 : values.stream().filter(b -> b).count() / (double) values.size();
  }

  private long scored(Function<MultilingualPageScore, Boolean> field) {
    return pages.stream().map(field).filter(Objects::nonNull).count();
  }

  private static double share(
      List<MultilingualPageScore> of, Function<MultilingualPageScore, Boolean> test) {
    return of.isEmpty() ? 0 : of.stream().filter(test::apply).count() / (double) of.size();
  }
}
