package io.newsflow.monitor;

import java.util.Map;

/**
 * One point of the charts over time, taken at each refresh: records per second per topic (over the
 * last minute), lag per group, fetch-to-article latency percentiles (last minute) and dead letters
 * in the last minute.
 */
public record SeriesPoint(
    long timeMs,
    Map<String, Double> perSecond,
    Map<String, Long> lag,
    Double p50Ms,
    Double p95Ms,
    Double p99Ms,
    long deadLetters) {

  static SeriesPoint of(Snapshot s) {
    Map<String, Double> rates = new java.util.TreeMap<>();
    s.topics().forEach(t -> rates.put(t.topic(), t.perSecond().minute()));
    Map<String, Long> lag = new java.util.TreeMap<>();
    s.lag().forEach(g -> lag.put(g.group(), g.lag()));
    Snapshot.Percentiles p = s.latency().fetchToArticleMs().minute();
    long dead =
        s.deadLetters().byReason().minute().stream().mapToLong(Snapshot.ReasonCount::count).sum();
    return new SeriesPoint(s.timeMs(), rates, lag, p.p50(), p.p95(), p.p99(), dead);
  }
}
