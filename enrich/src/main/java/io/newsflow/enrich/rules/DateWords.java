package io.newsflow.enrich.rules;

import java.util.List;
import java.util.Map;

/**
 * The words of a dateline, read by {@code metadata.Dateline} for both extractors.
 *
 * @param months by language, twelve entries (January first), each the month's spellings in lower
 *     case
 * @param updateLabels words that make the date after them a modification, not the publication
 * @param timeLeads words between a date and its time of day ("at", "um", "à", "a las")
 * @param beforeTime 12-hour clock marks written before the time (午後1時, 오후 3시)
 * @param afterTime 12-hour clock marks written after it besides a.m./p.m. (6:01 م)
 */
public record DateWords(
    Map<String, List<List<String>>> months,
    List<String> updateLabels,
    List<String> timeLeads,
    ClockMarks beforeTime,
    ClockMarks afterTime) {

  public DateWords {
    months.forEach(
        (language, names) -> {
          if (names.size() != 12) {
            throw new IllegalArgumentException(
                "dates.months." + language + " lists " + names.size() + " months, not 12");
          }
        });
  }

  /** Marks of the morning (a.m.) and of the afternoon (p.m.). */
  public record ClockMarks(List<String> morning, List<String> afternoon) {}
}
