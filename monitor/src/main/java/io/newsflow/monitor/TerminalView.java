package io.newsflow.monitor;

import io.newsflow.monitor.Snapshot.GroupLag;
import io.newsflow.monitor.Snapshot.PartitionLag;
import io.newsflow.monitor.Snapshot.Percentiles;
import io.newsflow.monitor.Snapshot.SiteFigures;
import io.newsflow.monitor.Snapshot.SiteRow;
import io.newsflow.monitor.Snapshot.TopicFigures;
import io.newsflow.monitor.window.Windowed;
import java.util.List;
import java.util.Locale;

/** A snapshot as text for a terminal: one screen, the same figures as the JSON. */
public final class TerminalView {
  /** Cursor home and clear to the end: the next screen replaces this one in place. */
  public static final String CLEAR = "\033[H\033[J";

  private static final int MAX_SITES = 15;
  private static final int MAX_PARTITIONS = 12;

  private TerminalView() {}

  public static String render(Snapshot s) {
    StringBuilder b = new StringBuilder();
    line(
        b,
        "newsflow monitor  %s  (up %.0f s, windows from %s)",
        s.time(),
        s.uptimeSeconds(),
        s.coverageFrom());
    b.append('\n');
    line(
        b,
        "%-24s %-8s %10s %10s %12s   %9s %9s %9s",
        "topic",
        "counted",
        "last min",
        "last hour",
        "since start",
        "/s min",
        "/s hour",
        "/s start");
    for (TopicFigures t : s.topics()) {
      line(
          b,
          "%-24s %-8s %10d %10d %12d   %9.2f %9.2f %9.2f",
          t.topic(),
          t.counted(),
          t.count().minute(),
          t.count().hour(),
          t.count().sinceStart(),
          t.perSecond().minute(),
          t.perSecond().hour(),
          t.perSecond().sinceStart());
    }
    b.append('\n');
    for (GroupLag g : s.lag()) {
      if (g.error() != null) {
        line(b, "lag %-20s %s", g.group(), g.error());
        continue;
      }
      line(
          b,
          "lag %-20s %8d  (%s)  trend %+.2f/s last min, %+.2f/s last hour",
          g.group(),
          g.lag(),
          g.state(),
          g.trendPerSecond().minute(),
          g.trendPerSecond().hour());
      int shown = 0;
      for (PartitionLag p : g.partitions()) {
        if (shown++ == MAX_PARTITIONS) {
          line(b, "    ... %d more partitions", g.partitions().size() - MAX_PARTITIONS);
          break;
        }
        line(
            b,
            "    %-40s lag %6d  committed %8d  end %8d  trend %+.2f/s  max %d/h",
            p.topic() + "-" + p.partition(),
            p.lag(),
            p.committed(),
            p.end(),
            p.trendPerSecond().minute(),
            p.max().hour());
      }
    }
    b.append('\n');
    Windowed<Percentiles> lat = s.latency().fetchToArticleMs();
    line(b, "fetch-to-article latency (ms)   p50 / p95 / p99");
    line(b, "  last minute  %s", percentiles(lat.minute()));
    line(b, "  last hour    %s", percentiles(lat.hour()));
    line(b, "  since start  %s", percentiles(lat.sinceStart()));
    line(
        b,
        "newest article: %s",
        s.latency().newestArticle() == null
            ? "none yet"
            : String.format(
                Locale.ROOT,
                "%.1f s old (%s)",
                s.latency().newestArticleAgeSeconds(),
                s.latency().newestArticle()));
    b.append('\n');
    line(b, "dead letters (last hour / since start)");
    for (Snapshot.ReasonCount r : s.deadLetters().byReason().sinceStart()) {
      long hour =
          s.deadLetters().byReason().hour().stream()
              .filter(h -> h.stage().equals(r.stage()) && h.reason().equals(r.reason()))
              .mapToLong(Snapshot.ReasonCount::count)
              .sum();
      line(b, "  %-8s %-28s %6d %8d", r.stage(), r.reason(), hour, r.count());
    }
    for (Snapshot.Example e : s.deadLetters().examples().stream().limit(5).toList()) {
      line(b, "    e.g. %s %s: %s (%s)", e.stage(), e.reason(), e.url(), e.message());
    }
    b.append('\n');
    line(
        b,
        "extraction health, last hour   pages  dead%%  med.words short%% no-title%% no-date%% no-author%%  languages");
    site(b, "all sites", s.health().overall().hour(), List.of());
    int n = 0;
    for (SiteRow r : s.health().sites()) {
      if (n++ == MAX_SITES) {
        line(b, "  ... %d more sites", s.health().sites().size() - MAX_SITES);
        break;
      }
      site(b, r.site(), r.hour(), r.flags());
    }
    b.append('\n');
    line(b, "top entities, last hour: %s", ranked(s.top().entities()));
    line(b, "top sites, last hour:    %s", ranked(s.top().sites()));
    return b.toString();
  }

  private static void site(StringBuilder b, String name, SiteFigures f, List<Snapshot.Flag> flags) {
    line(
        b,
        "  %-28s %6d %6s %9s %6s %9s %8s %10s  %s%s",
        abbreviate(name, 28),
        f.pages(),
        pct(f.deadLetterShare()),
        f.medianWords() == null ? "-" : String.format(Locale.ROOT, "%.0f", f.medianWords()),
        pct(f.shortShare()),
        pct(f.noTitleShare()),
        pct(f.noDateShare()),
        pct(f.noAuthorsShare()),
        f.languages(),
        flags.isEmpty()
            ? ""
            : "  FLAGGED "
                + flags.stream()
                    .map(
                        fl ->
                            String.format(
                                Locale.ROOT,
                                "%s %.0f%% (was %.0f%%)",
                                fl.metric(),
                                fl.recentShare() * 100,
                                fl.historyShare() * 100))
                    .toList());
  }

  private static String ranked(List<Snapshot.Ranked> list) {
    return list.isEmpty()
        ? "-"
        : String.join(", ", list.stream().map(r -> r.name() + " (" + r.count() + ")").toList());
  }

  private static String percentiles(Percentiles p) {
    return p.count() == 0
        ? "no articles"
        : String.format(
            Locale.ROOT, "%.0f / %.0f / %.0f  (%d articles)", p.p50(), p.p95(), p.p99(), p.count());
  }

  private static String pct(Double share) {
    return share == null ? "-" : String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static void line(StringBuilder b, String format, Object... args) {
    b.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
