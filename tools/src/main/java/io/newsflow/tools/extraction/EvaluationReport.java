package io.newsflow.tools.extraction;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/** Aggregates over pages: averaged body precision/recall, F1 of the averages, field accuracy. */
public record EvaluationReport(List<PageScore> pages) {

  public double bodyPrecision() {
    return pages.stream().mapToDouble(PageScore::precision).average().orElse(0);
  }

  public double bodyRecall() {
    return pages.stream().mapToDouble(PageScore::recall).average().orElse(0);
  }

  public double bodyF1() {
    double p = bodyPrecision();
    double r = bodyRecall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double titleExact() {
    return pages.isEmpty()
        ? 0
        : pages.stream().filter(PageScore::titleMatch).count() / (double) pages.size();
  }

  /** Share of scored pages (expected value present) where the field matched. */
  public double fieldAccuracy(Function<PageScore, Boolean> field) {
    List<Boolean> scored = pages.stream().map(field).filter(Objects::nonNull).toList();
    return scored.isEmpty() ? 0 : scored.stream().filter(b -> b).count() / (double) scored.size();
  }

  private long fieldScored(Function<PageScore, Boolean> field) {
    return pages.stream().map(field).filter(Objects::nonNull).count();
  }

  public double extractToParseRatio() {
    long parse = pages.stream().mapToLong(PageScore::parseNanos).sum();
    long extract = pages.stream().mapToLong(PageScore::extractNanos).sum();
    return parse == 0 ? 0 : (double) extract / parse;
  }

  public void print(PrintStream out) {
    out.printf(Locale.ROOT, "pages: %d%n", pages.size());
    out.printf(
        Locale.ROOT,
        "body   precision %.4f  recall %.4f  F1 %.4f  (word 4-gram shingles, averaged per page)%n",
        bodyPrecision(),
        bodyRecall(),
        bodyF1());
    out.printf(
        Locale.ROOT,
        "title  exact match %.4f (%d/%d)%n",
        titleExact(),
        pages.stream().filter(PageScore::titleMatch).count(),
        pages.size());
    out.printf(
        Locale.ROOT,
        "title  exact match besides a trailing site-name part %.4f%n",
        pages.stream().filter(PageScore::titleMatchBesidesSiteSuffix).count()
            / (double) pages.size());
    printField(out, "byline", PageScore::bylineMatch);
    printField(out, "lang", PageScore::langMatch);
    printField(out, "publishedTime", PageScore::publishedMatch);
    out.printf(
        Locale.ROOT,
        "speed  extract/parse time ratio %.3f (parse = bare Jsoup.parse)%n",
        extractToParseRatio());
    out.println("ten worst pages by body F1:");
    pages.stream()
        .sorted(Comparator.comparingDouble(PageScore::f1))
        .limit(10)
        .forEach(
            p ->
                out.printf(
                    Locale.ROOT,
                    "  %-34s F1 %.3f  P %.3f  R %.3f  TP %d FP %d FN %d%n",
                    p.page(),
                    p.f1(),
                    p.precision(),
                    p.recall(),
                    p.truePositives(),
                    p.falsePositives(),
                    p.falseNegatives()));
    mismatches(
        out,
        "byline",
        p -> Boolean.FALSE.equals(p.bylineMatch()),
        PageScore::byline,
        PageScore::expectedByline);
    mismatches(out, "title", p -> !p.titleMatch(), PageScore::title, PageScore::expectedTitle);
  }

  private void printField(PrintStream out, String name, Function<PageScore, Boolean> field) {
    out.printf(
        Locale.ROOT,
        "%-6s match %.4f over %d pages with an expected value%n",
        name,
        fieldAccuracy(field),
        fieldScored(field));
  }

  private void mismatches(
      PrintStream out,
      String field,
      Predicate<PageScore> mismatch,
      Function<PageScore, String> got,
      Function<PageScore, String> expected) {
    out.println(field + " mismatches:");
    pages.stream()
        .filter(mismatch)
        .forEach(
            p ->
                out.printf(
                    Locale.ROOT,
                    "  %-34s got [%s] expected [%s]%n",
                    p.page(),
                    got.apply(p),
                    expected.apply(p)));
  }
}
