package io.newsflow.enrich.metadata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the date spellings found in page metadata into ISO-8601, keeping the offset if given. */
public final class DateNormalizer {
  private static final DateTimeFormatter LOCAL_WITH_OPTIONAL_OFFSET =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,9})?)\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");

  private DateNormalizer() {}

  /** ISO-8601 text, or null when the value is no recognisable date. */
  public static String normalize(String raw) {
    return normalize(raw, false);
  }

  /** {@link #normalize}, optionally without the fast path (tests compare the two). */
  static String normalize(String raw, boolean formatterOnly) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim();
    if (s.isEmpty() || s.length() > 100) {
      return null;
    }
    Matcher m = DATE_TIME.matcher(s);
    if (m.lookingAt()) {
      return formatterOnly && m.group(2) != null ? viaFormatter(m) : fromIso(m);
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
          .toOffsetDateTime()
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String fromIso(Matcher m) {
    if (m.group(2) == null) {
      return validDate(m.group(1));
    }
    String quick = IsoFastPath.format(m.group(1), m.group(2), m.group(3));
    return quick != null ? quick : viaFormatter(m);
  }

  /** The general route; {@link IsoFastPath} gives the same answer for the common spellings. */
  static String viaFormatter(Matcher m) {
    String time = m.group(2).replace(',', '.');
    if (time.indexOf(':') == 1) {
      time = "0" + time;
    }
    String text = m.group(1) + "T" + time + (m.group(3) == null ? "" : m.group(3));
    try {
      TemporalAccessor parsed =
          LOCAL_WITH_OPTIONAL_OFFSET.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
      if (parsed instanceof OffsetDateTime odt) {
        return odt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      }
      return ((LocalDateTime) parsed).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    } catch (DateTimeParseException e) {
      return validDate(m.group(1));
    }
  }

  private static String validDate(String date) {
    try {
      return LocalDate.parse(date).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A date spelled in the URL path, like /2019/04/28/, else null. */
  static String fromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)))
          .toString();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
