package io.newsflow.tools.extraction;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The multilingual evaluation's figures: overall, per source, per language, and the failures. */
public record MultilingualReport(List<MultilingualPageScore> pages) {

  public MultilingualReport {
    pages = List.copyOf(pages);
  }

  public ScoreSlice all() {
    return new ScoreSlice(pages);
  }

  public ScoreSlice source(String source) {
    return slice(p -> p.source().equals(source));
  }

  public ScoreSlice slice(Predicate<MultilingualPageScore> which) {
    return new ScoreSlice(pages.stream().filter(which).toList());
  }

  /** Slices by language, among the pages {@code which} selects, in language order. */
  public Map<String, ScoreSlice> byLanguage(Predicate<MultilingualPageScore> which) {
    return groups(which, MultilingualPageScore::lang);
  }

  public Map<String, ScoreSlice> bySource() {
    return groups(p -> true, MultilingualPageScore::source);
  }

  private Map<String, ScoreSlice> groups(
      Predicate<MultilingualPageScore> which, Function<MultilingualPageScore, String> key) {
    return pages.stream()
        .filter(which)
        .collect(
            Collectors.groupingBy(
                key,
                TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), ScoreSlice::new)));
  }

  public void print(PrintStream out) {
    ScoreSlice all = all();
    out.printf(
        Locale.ROOT,
        "multilingual pages: %d (%d with the full text, %d with an expected opening or snippets)%n",
        pages.size(),
        all.fullText().size(),
        all.partial().size());
    out.printf(
        Locale.ROOT,
        "body   precision %.4f  recall %.4f  F1 %.4f  (full-text pages; word 4-grams, character"
            + " 4-grams for scripts without spaces; averaged per page)%n",
        all.precision(),
        all.recall(),
        all.f1());
    out.printf(
        Locale.ROOT,
        "opening starts %.4f  contains %.4f  units found %.4f  (prefix and snippet pages)%n",
        all.startsRate(),
        all.containsRate(),
        all.foundRate());
    out.printf(
        Locale.ROOT,
        "empty  %d pages with an expected text came out empty%s%n",
        all.empty().size(),
        all.empty().isEmpty()
            ? ""
            : ": " + all.empty().stream().map(MultilingualPageScore::id).toList());
    out.printf(
        Locale.ROOT,
        "title  exact match %.4f over %d pages with an expected title%n",
        all.titleExact(),
        all.titlesScored());
    out.printf(
        Locale.ROOT,
        "authors match %.4f over %d pages, date match %.4f over %d pages%n",
        all.authorsMatch(),
        all.authorsScored(),
        all.dateMatch(),
        all.datesScored());
    out.println("per source:");
    bySource().forEach((source, s) -> printSlice(out, source, s));
    out.println("per language:");
    byLanguage(p -> true).forEach((lang, s) -> printSlice(out, lang, s));
    out.println("per language, fundus (news with the full text) only:");
    byLanguage(p -> p.source().equals("fundus")).forEach((lang, s) -> printSlice(out, lang, s));
    out.println("fifteen worst full-text pages by body F1:");
    pages.stream()
        .filter(MultilingualPageScore::fullText)
        .sorted(Comparator.comparingDouble(MultilingualPageScore::f1))
        .limit(15)
        .forEach(
            p ->
                out.printf(
                    Locale.ROOT,
                    "  %-12s %-44s %s F1 %.3f  P %.3f  R %.3f  (%s)%n",
                    p.source(),
                    p.id(),
                    p.lang(),
                    p.f1(),
                    p.precision(),
                    p.recall(),
                    p.units().name().toLowerCase(Locale.ROOT)));
    out.println("openings not matched:");
    pages.stream()
        .filter(p -> !p.fullText() && !p.starts())
        .forEach(
            p ->
                out.printf(
                    Locale.ROOT,
                    "  %-12s %-44s %s %s, units found %.3f%n",
                    p.source(),
                    p.id(),
                    p.lang(),
                    p.contains() ? "contained, not at the start" : "not contained",
                    p.recall()));
    out.println("title mismatches:");
    pages.stream()
        .filter(p -> Boolean.FALSE.equals(p.titleMatch()))
        .forEach(
            p ->
                out.printf(
                    Locale.ROOT,
                    "  %-44s got [%s] expected [%s]%n",
                    p.id(),
                    p.title(),
                    p.expectedTitle()));
  }

  private static void printSlice(PrintStream out, String name, ScoreSlice s) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-16s", name));
    int full = s.fullText().size();
    if (full > 0) {
      line.append(
          String.format(
              Locale.ROOT,
              " text %3d  F1 %.4f  P %.4f  R %.4f",
              full,
              s.f1(),
              s.precision(),
              s.recall()));
    }
    int partial = s.partial().size();
    if (partial > 0) {
      line.append(
          String.format(
              Locale.ROOT,
              " opening %2d  starts %.2f  found %.3f",
              partial,
              s.startsRate(),
              s.foundRate()));
    }
    if (s.titlesScored() > 0) {
      line.append(String.format(Locale.ROOT, "  title %.2f", s.titleExact()));
    }
    if (!s.empty().isEmpty()) {
      line.append("  empty ").append(s.empty().size());
    }
    out.println(line);
  }
}
