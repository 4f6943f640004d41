package io.newsflow.monitor;

import io.newsflow.monitor.Snapshot.DeadLetters;
import io.newsflow.monitor.Snapshot.Example;
import io.newsflow.monitor.Snapshot.Flag;
import io.newsflow.monitor.Snapshot.Health;
import io.newsflow.monitor.Snapshot.Latency;
import io.newsflow.monitor.Snapshot.Percentiles;
import io.newsflow.monitor.Snapshot.Ranked;
import io.newsflow.monitor.Snapshot.ReasonCount;
import io.newsflow.monitor.Snapshot.SiteFigures;
import io.newsflow.monitor.Snapshot.SiteRow;
import io.newsflow.monitor.Snapshot.Top;
import io.newsflow.monitor.Snapshot.TopicFigures;
import io.newsflow.monitor.health.ShareShift;
import io.newsflow.monitor.health.Sites;
import io.newsflow.monitor.window.LogBuckets;
import io.newsflow.monitor.window.SlidingCounts;
import io.newsflow.monitor.window.Window;
import io.newsflow.monitor.window.Windowed;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.Entity;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Everything the monitor learns from the records it reads: topic counts, latency, dead letters,
 * extraction health per site, top entities. Fed and read by one thread; {@link #snapshot} gives an
 * immutable picture.
 */
public final class MonitorState {
  static final String ARTICLES = "articles";
  static final String DEAD = "dead_letters";
  static final String SHORT = "short";
  static final String NO_TITLE = "no_title";
  static final String NO_DATE = "no_date";
  static final String NO_AUTHORS = "no_authors";
  static final String LANGUAGE = "language";
  static final String WORDS = "words";

  private record SiteMetric(String site, String metric, String detail) {}

  private record ReasonKey(String stage, String reason) {}

  private record EntityKey(String type, String name) {}

  private final MonitorConfig config;
  private final long coverageStart;
  private final long startedAt;
  private final SlidingCounts<String> topicRecords = new SlidingCounts<>(true);
  private final SlidingCounts<Integer> latencyMs = new SlidingCounts<>(true);
  private final SlidingCounts<ReasonKey> deadLetters = new SlidingCounts<>(true);
  private final SlidingCounts<SiteMetric> siteMetrics = new SlidingCounts<>(true);
  private final SlidingCounts<EntityKey> entities = new SlidingCounts<>(false);
  private final Map<ReasonKey, Deque<Example>> examples = new HashMap<>();
  private final Map<String, Map<String, ShareShift>> shifts = new TreeMap<>();
  private long newestExtractedAt = Long.MIN_VALUE;
  private long earliestRecord = Long.MAX_VALUE;

  /**
   * @param startedAt when the monitor started
   * @param coverageStart the earliest time its windows can know of (start minus the history read)
   */
  public MonitorState(MonitorConfig config, long startedAt, long coverageStart) {
    this.config = config;
    this.startedAt = startedAt;
    this.coverageStart = coverageStart;
  }

  /** An article read from the articles topic, with its record's timestamp. */
  public void article(String topic, Article a, long recordTime, long now) {
    seen(topic, recordTime, now);
    long latency = a.getExtractedAt().toEpochMilli() - a.getRaw().getFetchedAt().toEpochMilli();
    latencyMs.add(LogBuckets.bucket(latency), recordTime, 1, now);
    newestExtractedAt = Math.max(newestExtractedAt, a.getExtractedAt().toEpochMilli());
    String site = Sites.of(a.getUrl());
    if (Sites.NO_HOST.equals(site)) {
      site = Sites.of(a.getCanonicalUrl());
    }
    boolean isShort = a.getWordCount() < config.shortWords();
    boolean noTitle = blank(a.getTitle());
    boolean noDate = blank(a.getPublishedTime());
    boolean noAuthors = a.getAuthors().isEmpty();
    count(site, ARTICLES, "", recordTime, now);
    count(site, WORDS, Integer.toString(LogBuckets.bucket(a.getWordCount())), recordTime, now);
    count(site, LANGUAGE, a.getLanguage() == null ? "?" : a.getLanguage(), recordTime, now);
    countIf(isShort, site, SHORT, recordTime, now);
    countIf(noTitle, site, NO_TITLE, recordTime, now);
    countIf(noDate, site, NO_DATE, recordTime, now);
    countIf(noAuthors, site, NO_AUTHORS, recordTime, now);
    shift(site, DEAD).add(false);
    shift(site, SHORT).add(isShort);
    shift(site, NO_TITLE).add(noTitle);
    shift(site, NO_DATE).add(noDate);
    shift(site, NO_AUTHORS).add(noAuthors);
    Set<EntityKey> named = new HashSet<>();
    for (Entity e : a.getEntities()) {
      named.add(new EntityKey(e.getType(), e.getName()));
    }
    named.forEach(k -> entities.add(k, recordTime, 1, now));
  }

  /** A dead letter read from the dead-letter topic, with its record's timestamp. */
  public void deadLetter(String topic, DeadLetter d, long recordTime, long now) {
    seen(topic, recordTime, now);
    ReasonKey key = new ReasonKey(d.getStage(), d.getReason());
    deadLetters.add(key, recordTime, 1, now);
    Deque<Example> latest = examples.computeIfAbsent(key, k -> new ArrayDeque<>());
    latest.addFirst(
        new Example(
            d.getStage(),
            d.getReason(),
            d.getUrl(),
            abbreviate(d.getMessage(), 300),
            Instant.ofEpochMilli(recordTime).toString()));
    while (latest.size() > config.examples()) {
      latest.removeLast();
    }
    String site = Sites.of(d.getUrl());
    count(site, DEAD, "", recordTime, now);
    shift(site, DEAD).add(true);
  }

  /** A record that is not one of ours (garbage bytes, an unknown schema): counted, not read. */
  public void undecodable(String topic, long recordTime, long now) {
    seen(topic, recordTime, now);
  }

  /**
   * A dead letter for an input that has one already (ingest published a page again after a kill): a
   * record of its topic, but not a second failure.
   */
  public void repeatedDeadLetter(String topic, long recordTime, long now) {
    seen(topic, recordTime, now);
  }

  private void seen(String topic, long recordTime, long now) {
    topicRecords.add(topic, recordTime, 1, now);
    earliestRecord = Math.min(earliestRecord, recordTime);
  }

  /** The figures of the records read so far, with the lag and raw-topic figures sampled apart. */
  public Snapshot snapshot(
      long now,
      List<String> readTopics,
      List<TopicFigures> offsetTopics,
      List<Snapshot.GroupLag> lag) {
    long from = Math.min(coverageStart, Math.min(earliestRecord, now));
    List<TopicFigures> topics = new ArrayList<>();
    for (String topic : readTopics) {
      Windowed<Long> count = Windowed.of(w -> topicRecords.count(topic, w, now));
      topics.add(
          new TopicFigures(
              topic, "records", count, Windowed.of(w -> count.get(w) / w.seconds(from, now))));
    }
    topics.addAll(offsetTopics);
    return new Snapshot(
        Instant.ofEpochMilli(now).toString(),
        now,
        (now - startedAt) / 1000.0,
        Instant.ofEpochMilli(from).toString(),
        topics,
        lag,
        latency(now),
        deadLetters(now),
        health(now),
        top(now));
  }

  private Latency latency(long now) {
    Windowed<Percentiles> p =
        Windowed.of(
            w -> {
              Map<Integer, Long> counts = latencyMs.counts(w, now);
              long n = counts.values().stream().mapToLong(Long::longValue).sum();
              return new Percentiles(
                  n,
                  round(LogBuckets.quantile(counts, 0.50)),
                  round(LogBuckets.quantile(counts, 0.95)),
                  round(LogBuckets.quantile(counts, 0.99)));
            });
    boolean any = newestExtractedAt != Long.MIN_VALUE;
    return new Latency(
        p,
        any ? Math.max(0, now - newestExtractedAt) / 1000.0 : null,
        any ? Instant.ofEpochMilli(newestExtractedAt).toString() : null);
  }

  private DeadLetters deadLetters(long now) {
    Windowed<List<ReasonCount>> byReason =
        Windowed.of(
            w ->
                deadLetters.counts(w, now).entrySet().stream()
                    .map(
                        e -> new ReasonCount(e.getKey().stage(), e.getKey().reason(), e.getValue()))
                    .sorted(
                        Comparator.comparingLong(ReasonCount::count)
                            .reversed()
                            .thenComparing(ReasonCount::stage)
                            .thenComparing(ReasonCount::reason))
                    .toList());
    List<Example> latest =
        examples.values().stream()
            .flatMap(Deque::stream)
            .sorted(Comparator.comparing(Example::at).reversed())
            .toList();
    return new DeadLetters(byReason, latest);
  }

  private Health health(long now) {
    Map<Window, Map<String, Map<SiteMetric, Long>>> bySite = new LinkedHashMap<>();
    Map<Window, Map<SiteMetric, Long>> all = new LinkedHashMap<>();
    for (Window w : Window.values()) {
      Map<SiteMetric, Long> counts = siteMetrics.counts(w, now);
      all.put(w, counts);
      Map<String, Map<SiteMetric, Long>> grouped = new HashMap<>();
      counts.forEach((k, n) -> grouped.computeIfAbsent(k.site(), x -> new HashMap<>()).put(k, n));
      bySite.put(w, grouped);
    }
    Windowed<SiteFigures> overall = Windowed.of(w -> figures(all.get(w)));
    List<SiteRow> rows = new ArrayList<>();
    for (String site : new TreeSet<>(bySite.get(Window.SINCE_START).keySet())) {
      rows.add(
          new SiteRow(
              site,
              figures(bySite.get(Window.HOUR).getOrDefault(site, Map.of())),
              figures(bySite.get(Window.SINCE_START).get(site)),
              flags(site)));
    }
    rows.sort(
        Comparator.comparingInt((SiteRow r) -> -r.flags().size())
            .thenComparingLong(r -> -r.hour().pages())
            .thenComparing(SiteRow::site));
    return new Health(overall, rows);
  }

  private static SiteFigures figures(Map<SiteMetric, Long> counts) {
    Map<String, Long> metric = new HashMap<>();
    Map<Integer, Long> words = new HashMap<>();
    Map<String, Long> languages = new TreeMap<>();
    counts.forEach(
        (k, n) -> {
          switch (k.metric()) {
            case WORDS -> words.merge(Integer.parseInt(k.detail()), n, Long::sum);
            case LANGUAGE -> languages.merge(k.detail(), n, Long::sum);
            default -> metric.merge(k.metric(), n, Long::sum);
          }
        });
    long articles = metric.getOrDefault(ARTICLES, 0L);
    long dead = metric.getOrDefault(DEAD, 0L);
    Function<String, Double> share = m -> share(metric.getOrDefault(m, 0L), articles);
    return new SiteFigures(
        articles + dead,
        articles,
        dead,
        share(dead, articles + dead),
        round(LogBuckets.quantile(words, 0.5)),
        share.apply(SHORT),
        share.apply(NO_TITLE),
        share.apply(NO_DATE),
        share.apply(NO_AUTHORS),
        languages);
  }

  private List<Flag> flags(String site) {
    List<Flag> flags = new ArrayList<>();
    shifts
        .getOrDefault(site, Map.of())
        .forEach(
            (metric, shift) ->
                shift
                    .shift()
                    .ifPresent(
                        s ->
                            flags.add(
                                new Flag(
                                    metric + "_share",
                                    s.recentShare(),
                                    s.historyShare(),
                                    s.recentPages(),
                                    s.historyPages()))));
    return flags;
  }

  private Top top(long now) {
    List<Ranked> topEntities =
        entities.counts(Window.HOUR, now).entrySet().stream()
            .map(e -> new Ranked(e.getKey().name(), e.getKey().type(), e.getValue()))
            .sorted(byCount())
            .limit(config.top())
            .toList();
    Map<String, Long> perSite = new HashMap<>();
    siteMetrics
        .counts(Window.HOUR, now)
        .forEach(
            (k, n) -> {
              if (k.metric().equals(ARTICLES)) {
                perSite.merge(k.site(), n, Long::sum);
              }
            });
    List<Ranked> topSites =
        perSite.entrySet().stream()
            .map(e -> new Ranked(e.getKey(), "site", e.getValue()))
            .sorted(byCount())
            .limit(config.top())
            .toList();
    return new Top(topEntities, topSites);
  }

  private static Comparator<Ranked> byCount() {
    return Comparator.comparingLong(Ranked::count).reversed().thenComparing(Ranked::name);
  }

  private void count(String site, String metric, String detail, long time, long now) {
    siteMetrics.add(new SiteMetric(site, metric, detail), time, 1, now);
  }

  private void countIf(boolean hit, String site, String metric, long time, long now) {
    if (hit) {
      count(site, metric, "", time, now);
    }
  }

  private ShareShift shift(String site, String metric) {
    return shifts
        .computeIfAbsent(site, s -> new TreeMap<>())
        .computeIfAbsent(metric, m -> new ShareShift());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static Double share(long part, long whole) {
    return whole == 0 ? null : round(part / (double) whole);
  }

  /** Three decimals are plenty for a screen and keep the JSON short. */
  static Double round(double v) {
    return Double.isNaN(v) ? null : Math.round(v * 1000) / 1000.0;
  }

  private static String abbreviate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
