package io.newsflow.enrich.metadata;

/**
 * Formats the common ISO date-time spellings of page metadata ("2019-04-28T10:15:00Z", "2019-04-28
 * 9:05+0200") without {@code DateTimeFormatter.parseBest}, which is most of the cost of reading a
 * page's dates. Returns null for anything it does not fully vouch for (out-of-range fields, offsets
 * beyond ±14:00, a fraction without seconds), so the caller's formatter decides those, and the two
 * routes never disagree.
 */
final class IsoFastPath {
  private static final int MAX_OFFSET_HOURS = 14;

  private IsoFastPath() {}

  /**
   * @param date "yyyy-MM-dd"
   * @param time "H:mm", "HH:mm", optionally ":ss" and a fraction after '.' or ','
   * @param offset null, "Z", "+HH:MM", "+HHMM" or "+HH"
   * @return the ISO_LOCAL_DATE_TIME or ISO_OFFSET_DATE_TIME text, or null to defer
   */
  static String format(String date, String time, String offset) {
    if (!validDate(date)) {
      return null;
    }
    StringBuilder out = new StringBuilder(35).append(date).append('T');
    if (!appendTime(time, out)) {
      return null;
    }
    return offset == null || appendOffset(offset, out) ? out.toString() : null;
  }

  private static boolean validDate(String date) {
    int year = digits(date, 0, 4);
    int month = digits(date, 5, 2);
    int day = digits(date, 8, 2);
    return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
  }

  private static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean appendTime(String time, StringBuilder out) {
    int colon = time.indexOf(':');
    int hour = digits(time, 0, colon);
    int minute = digits(time, colon + 1, 2);
    int at = colon + 3;
    int second = 0;
    if (at < time.length() && time.charAt(at) == ':') {
      second = digits(time, at + 1, 2);
      at += 3;
    } else if (at < time.length()) {
      return false; // a fraction without seconds: not ISO, let the formatter refuse it
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return false;
    }
    pad2(out, hour).append(':');
    pad2(out, minute).append(':');
    pad2(out, second);
    if (at < time.length()) { // [.,] then 1-9 digits: printed without trailing zeros
      int end = time.length();
      while (end > at + 1 && time.charAt(end - 1) == '0') {
        end--;
      }
      if (end > at + 1) {
        out.append('.').append(time, at + 1, end);
      }
    }
    return true;
  }

  private static boolean appendOffset(String offset, StringBuilder out) {
    if (offset.equals("Z")) {
      out.append('Z');
      return true;
    }
    int hours = digits(offset, 1, 2);
    int minutes = offset.length() == 3 ? 0 : digits(offset, offset.length() - 2, 2);
    if (hours > MAX_OFFSET_HOURS || minutes > 59) {
      return false;
    }
    if (hours == 0 && minutes == 0) {
      out.append('Z');
    } else {
      pad2(pad2(out.append(offset.charAt(0)), hours).append(':'), minutes);
    }
    return true;
  }

  /**
   * The decimal value of {@code length} ASCII digits at {@code from} (the regex vouched for them).
   */
  private static int digits(String s, int from, int length) {
    int value = 0;
    for (int i = from; i < from + length; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }

  private static StringBuilder pad2(StringBuilder out, int value) {
    return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
