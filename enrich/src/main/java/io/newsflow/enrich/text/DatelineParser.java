package io.newsflow.enrich.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a dateline, a short line that is mostly a date ("May 9, 2025", "9:25 09.05.2025 •",
 * "date 2025-05-09"), as ISO-8601 (a date, or a local date-time when the line gives the time).
 */
final class DatelineParser {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
  private static final Pattern MONTH_FIRST = Pattern.compile("(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\.?\\s+(\\p{L}{3,9})\\.?,?\\s+(\\d{4})");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*([ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);
  private static final int MAX_OTHER_WORDS = 3;

  private final Map<String, Integer> months;

  DatelineParser(TextRules rules) {
    this.months = rules.months();
  }

  /** ISO-8601 text, or null when the line is not a dateline. */
  String parse(String line, int maxChars) {
    if (line.length() > maxChars) {
      return null;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    LocalDate date = null;
    String rest = lower;
    Matcher m;
    if ((m = ISO.matcher(lower)).find()) {
      date = date(m.group(1), m.group(2), m.group(3));
    } else if ((m = DOTTED.matcher(lower)).find()) {
      date = date(m.group(3), m.group(2), m.group(1));
    } else if ((m = MONTH_FIRST.matcher(lower)).find() && months.containsKey(m.group(1))) {
      date = date(m.group(3), String.valueOf(months.get(m.group(1))), m.group(2));
    } else if ((m = DAY_FIRST.matcher(lower)).find() && months.containsKey(m.group(2))) {
      date = date(m.group(3), String.valueOf(months.get(m.group(2))), m.group(1));
    }
    if (date == null) {
      return null;
    }
    rest = lower.substring(0, m.start()) + " " + lower.substring(m.end());
    Matcher t = TIME.matcher(rest);
    String time = null;
    if (t.find()) {
      int hour = Integer.parseInt(t.group(1));
      int minute = Integer.parseInt(t.group(2));
      if (t.group(3) != null && t.group(3).startsWith("p") && hour < 12) {
        hour += 12;
      }
      if (hour < 24 && minute < 60) {
        time = String.format(Locale.ROOT, "T%02d:%02d:00", hour, minute);
      }
      rest = rest.substring(0, t.start()) + " " + rest.substring(t.end());
    }
    return otherWords(rest) <= MAX_OTHER_WORDS ? date + (time == null ? "" : time) : null;
  }

  private static LocalDate date(String y, String mo, String d) {
    try {
      int year = Integer.parseInt(y);
      return year < 1900 || year > 2100 ? null : LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static int otherWords(String rest) {
    int words = 0;
    for (String w : rest.split("[^\\p{L}]+")) {
      if (w.length() > 1) {
        words++;
      }
    }
    return words;
  }
}
