package io.newsflow.app.run;

import java.util.Map;

/** A snapshot of a run's counters. */
public record RunCounts(
    long pagesPublished,
    long pagesInFlight,
    long articlesWritten,
    long articlesAlreadyStored,
    long publishFailures,
    Map<String, Long> deadLettersByReason,
    String failure) {

  public long deadLetters() {
    return deadLettersByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  public long articlesOut() {
    return articlesWritten + articlesAlreadyStored;
  }
}
