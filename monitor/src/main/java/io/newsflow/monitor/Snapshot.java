package io.newsflow.monitor;

import io.newsflow.monitor.window.Windowed;
import java.util.List;
import java.util.Map;

/**
 * What the monitor shows at one moment: immutable, written as JSON by Jackson (snake_case names)
 * for {@code --json}, the web page and scripts. Shares are 0 to 1; null where there is nothing to
 * divide (no articles in the window, say).
 */
public record Snapshot(
    String time,
    long timeMs,
    double uptimeSeconds,
    String coverageFrom,
    List<TopicFigures> topics,
    List<GroupLag> lag,
    Latency latency,
    DeadLetters deadLetters,
    Health health,
    Top top) {

  /**
   * Records of one topic: {@code counted} is {@code records} for a topic the monitor reads (the
   * records it read, history included), {@code offsets} for the raw-page topic, whose bodies it
   * does not read (since start: the records the topic holds).
   */
  public record TopicFigures(
      String topic, String counted, Windowed<Long> count, Windowed<Double> perSecond) {}

  /** The lag of one consumer group: records waiting, summed over its partitions. */
  public record GroupLag(
      String group,
      String state,
      long lag,
      Windowed<Double> trendPerSecond,
      List<PartitionLag> partitions,
      String error) {}

  /** {@code committed} is -1 where the group has committed nothing on the partition yet. */
  public record PartitionLag(
      String topic,
      int partition,
      long committed,
      long end,
      long lag,
      Windowed<Double> trendPerSecond,
      Windowed<Long> max) {}

  /** Fetch-to-article latency in milliseconds, and how old the newest article is. */
  public record Latency(
      Windowed<Percentiles> fetchToArticleMs,
      Double newestArticleAgeSeconds,
      String newestArticle) {}

  public record Percentiles(long count, Double p50, Double p95, Double p99) {}

  public record DeadLetters(Windowed<List<ReasonCount>> byReason, List<Example> examples) {}

  public record ReasonCount(String stage, String reason, long count) {}

  public record Example(String stage, String reason, String url, String message, String at) {}

  /** Extraction health: all sites together and each site, with the flags of {@code ShareShift}. */
  public record Health(Windowed<SiteFigures> overall, List<SiteRow> sites) {}

  public record SiteRow(String site, SiteFigures hour, SiteFigures sinceStart, List<Flag> flags) {}

  /**
   * Pages are articles plus dead letters of the site; the other shares are of its articles. Short
   * bodies have fewer words than the monitor's {@code --short-words}.
   */
  public record SiteFigures(
      long pages,
      long articles,
      long deadLetters,
      Double deadLetterShare,
      Double medianWords,
      Double shortShare,
      Double noTitleShare,
      Double noDateShare,
      Double noAuthorsShare,
      Map<String, Long> languages) {}

  /** A share that moved sharply: the last pages of the site against its history. */
  public record Flag(
      String metric, double recentShare, double historyShare, int recentPages, long historyPages) {}

  /** The last hour's most frequent entities (articles naming them) and most productive sites. */
  public record Top(List<Ranked> entities, List<Ranked> sites) {}

  public record Ranked(String name, String type, long count) {}
}
