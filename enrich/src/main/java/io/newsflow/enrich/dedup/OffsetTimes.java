package io.newsflow.enrich.dedup;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Epoch milliseconds of an ISO offset date-time, {@code OffsetDateTime.parse(text)}'s, read by hand
 * for the one spelling enrich writes ("2019-04-28T10:15:00Z", "2019-04-28T10:15:00.5+02:00"): the
 * formatter was most of the dedup step's own time apart from the signature. Anything else (another
 * spelling, a field out of range) goes to the formatter, so the two never disagree.
 */
final class OffsetTimes {
  private static final long UNREAD = Long.MIN_VALUE;
  private static final int MAX_OFFSET_HOURS = 18;

  private OffsetTimes() {}

  /**
   * The time's epoch milliseconds, or {@code otherwise} where {@link OffsetDateTime#parse} throws:
   * a date or date-time without an offset is refused without the formatter's exception.
   */
  static long epochMilli(String text, long otherwise) {
    Long read = epochMilli(text);
    return read == null ? otherwise : read;
  }

  /** The time's epoch milliseconds, or null where {@link OffsetDateTime#parse} throws. */
  static Long epochMilli(String text) {
    if (withoutOffset(text)) {
      return null;
    }
    long quick = quick(text);
    if (quick != UNREAD) {
      return quick;
    }
    try {
      return OffsetDateTime.parse(text).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** "yyyy-MM-dd" or "yyyy-MM-ddTHH:mm:ss" alone, which enrich writes for a local time. */
  private static boolean withoutOffset(String s) {
    int n = s.length();
    return (n == 10 || n == 19 && at(s, 10, 'T') && at(s, 13, ':') && at(s, 16, ':'))
        && at(s, 4, '-')
        && at(s, 7, '-');
  }

  /** "yyyy-MM-ddTHH:mm:ss", an optional fraction of 1 to 9 digits, then "Z" or "±HH:MM". */
  private static long quick(String s) {
    int n = s.length();
    if (n < 20
        || !at(s, 4, '-')
        || !at(s, 7, '-')
        || !at(s, 10, 'T')
        || !at(s, 13, ':')
        || !at(s, 16, ':')) {
      return UNREAD;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    int at = 19;
    int millis = 0;
    if (at < n && s.charAt(at) == '.') {
      int end = at + 1;
      while (end < n && isDigit(s.charAt(end))) {
        end++;
      }
      if (end == at + 1 || end - at - 1 > 9) {
        return UNREAD;
      }
      for (int k = 0; k < 3; k++) {
        millis = millis * 10 + (at + 1 + k < end ? s.charAt(at + 1 + k) - '0' : 0);
      }
      at = end;
    }
    int offsetSeconds = offsetSeconds(s, at);
    if (year < 0
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59
        || offsetSeconds == Integer.MIN_VALUE) {
      return UNREAD;
    }
    long days;
    try {
      days = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return UNREAD; // no such day: the formatter says why
    }
    long seconds = days * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
    return seconds * 1000 + millis;
  }

  /** The offset at {@code at} to the end, in seconds, or Integer.MIN_VALUE for none read. */
  private static int offsetSeconds(String s, int at) {
    int n = s.length();
    if (n - at == 1 && s.charAt(at) == 'Z') {
      return 0;
    }
    if (n - at != 6 || (s.charAt(at) != '+' && s.charAt(at) != '-') || !at(s, at + 3, ':')) {
      return Integer.MIN_VALUE;
    }
    int hours = digits(s, at + 1, 2);
    int minutes = digits(s, at + 4, 2);
    if (hours < 0
        || hours > MAX_OFFSET_HOURS
        || minutes < 0
        || minutes > 59
        || hours == MAX_OFFSET_HOURS && minutes > 0) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * 3600 + minutes * 60;
    return s.charAt(at) == '-' ? -seconds : seconds;
  }

  private static boolean at(String s, int i, char c) {
    return s.charAt(i) == c;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The value of {@code length} ASCII digits at {@code from}, or -1 if one is not a digit. */
  private static int digits(String s, int from, int length) {
    int value = 0;
    for (int i = from; i < from + length; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
