package io.newsflow.enrich.metadata;

import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.DateWords;
import io.newsflow.enrich.rules.Thresholds;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a page shows it to readers ("May 9, 2025 at 6:01 am", "10.01.2024 06:30 Uhr", "5
 * février 2024 à 18h02", "2024年3月19日 13:05", "12 مارس 2024", "9:25 09.05.2025"), read into ISO-8601
 * local time: a dateline says no offset. Numeric, month-name and CJK spellings; the month names,
 * update labels and clock words come from the rules ({@link DateWords}), as do the limits. The one
 * dateline reader of both extractors: the HTML extractor's {@link DatelineSearch} and the text
 * cleaner's dateline lines. Immutable and thread-safe.
 */
public final class Dateline {
  /** Where in the text the date was read (its time of day included), and its ISO form. */
  public record Found(String iso, int start, int end) {}

  private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";
  private static final Pattern YEAR_FIRST =
      Pattern.compile(
          "(?<!\\d)((?:19|20)\\d{2})\\s*(?:[-/.]|年|년)\\s*(\\d{1,2})\\s*(?:[-/.]|月|월)\\s*(\\d{1,2})(?:\\s*[日일]|(?!\\d))");
  private static final Pattern DAY_FIRST_NUMERIC =
      Pattern.compile("(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2" + YEAR);

  /** Before the date, only a bare clock time ("9:25 09.05.2025"), as some sites print it. */
  private static final Pattern TIME_BEFORE =
      Pattern.compile(
          "(?<![\\d:])(\\d{1,2}):(\\d{2})(?::\\d{2})?(?:\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)(?!\\p{L}))?(?![\\d:])"
              + "[\\s,|·•–—-]*$");

  private static final Pattern CLOCK_SUFFIX =
      Pattern.compile("\\d\\s*[ap]\\.\\s?m\\.$", Pattern.CASE_INSENSITIVE);

  private final Thresholds.Dates limits;
  private final Map<String, Integer> months;
  private final Pattern updateLabel;
  private final Pattern dayMonthName;
  private final Pattern monthNameDay;
  private final Pattern time;
  private final Set<String> afternoon;
  private final Set<String> morning;

  public Dateline(DateWords words, Thresholds.Dates limits) {
    this.limits = limits;
    this.months = months(words.months());
    String month = "(" + alternation(months.keySet()) + ")(?!\\p{L})";
    updateLabel =
        Pattern.compile(
            "(" + alternation(words.updateLabels()) + ")[^\\p{L}\\d]*\\p{L}{0,3}[^\\p{L}\\d]*$");
    dayMonthName =
        Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:er|\\.|º|st|nd|rd|th)?\\s+(?:de\\s+)?"
                + month
                + "\\.?,?\\s+(?:de\\s+)?"
                + YEAR);
    monthNameDay =
        Pattern.compile("(?<!\\p{L})" + month + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR);
    String lead = "(?:(?:" + alternation(words.timeLeads()) + ")\\s*)?";
    String markBefore = "(" + alternation(marks(words.beforeTime())) + ")?";
    String markAfter =
        "(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|" + alternation(marks(words.afterTime())) + ")";
    time =
        Pattern.compile(
            "^[\\s,|·•–—-]*"
                + lead
                + markBefore
                + "\\s*"
                + "(\\d{1,2})(?:\\s*[:時时시]\\s*|h)(\\d{2})(?::\\d{2})?(?![\\d:])(?:\\s*[分분])?"
                + "(?:\\s*"
                + markAfter
                + "(?!\\p{L}))?(?!\\s*min)");
    afternoon = Set.copyOf(union(words.beforeTime().afternoon(), words.afterTime().afternoon()));
    morning = Set.copyOf(union(words.beforeTime().morning(), words.afterTime().morning()));
  }

  /** The reader of the rules' dateline words and limits. */
  public static Dateline from(BoilerplateRules rules) {
    return new Dateline(rules.dates(), rules.thresholds().dates());
  }

  /** The first date in the text that is not labelled as an update, or null. */
  public Found find(String text, String language) {
    if (text == null || !hasYear(text)) {
      return null;
    }
    String s = normalize(text);
    for (Found d : all(s, language)) {
      if (!updateLabel
          .matcher(s.substring(Math.max(0, d.start() - limits.updateLabelReach()), d.start()))
          .find()) {
        return d;
      }
    }
    return null;
  }

  /** The first date in the text, an update's too, or null. */
  public Found first(String text, String language) {
    if (text == null || !hasYear(text)) {
      return null;
    }
    List<Found> dates = all(normalize(text), language);
    return dates.isEmpty() ? null : dates.get(0);
  }

  /**
   * Whether the text is a date with at most a short label ("Stand:", "Published", "publié le"): a
   * dateline, not a sentence that starts with a date.
   */
  public boolean isOnlyADate(String text, String language) {
    if (text.length() > limits.datelineMaxChars() || endsLikeASentence(text)) {
      return false;
    }
    List<Found> dates = hasYear(text) ? all(normalize(text), language) : List.of();
    int besideDates = letterWeight(text, 0, text.length());
    int dateChars = 0;
    for (Found d : dates) {
      besideDates -= letterWeight(text, d.start(), d.end());
      dateChars += d.end() - d.start();
    }
    return !dates.isEmpty()
        && besideDates <= limits.labelMaxLetters()
        && dateChars * 2 >= nonSpace(text);
  }

  /** Ends as prose does: "。", "!", "?", or a full stop after a word (not after "2025"). */
  static boolean endsLikeASentence(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == '。' || last == '!' || last == '?' || last == '！' || last == '？') {
      return true;
    }
    return last == '.'
        && t.length() > 1
        && Character.isLetter(t.charAt(t.length() - 2))
        && !CLOCK_SUFFIX.matcher(t).find();
  }

  /** Letters, a Chinese, Japanese or Korean one counting as a word of three. */
  private static int letterWeight(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        n += Character.isIdeographic(c) || isKanaOrHangul(c) ? 3 : 1;
      }
    }
    return n;
  }

  private static boolean isKanaOrHangul(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  private static int nonSpace(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += Character.isWhitespace(text.charAt(i)) ? 0 : 1;
    }
    return n;
  }

  /**
   * Every date in {@link #normalize normalised} text, in order. Callers check {@link #hasYear}
   * first, so most short texts run no regex at all.
   */
  private List<Found> all(String s, String language) {
    List<Found> dates = new ArrayList<>();
    collect(YEAR_FIRST.matcher(s), s, dates, m -> date(m.group(1), m.group(2), m.group(3)));
    collect(DAY_FIRST_NUMERIC.matcher(s), s, dates, m -> dayFirst(m, language));
    collect(
        dayMonthName.matcher(s),
        s,
        dates,
        m -> date(m.group(3), String.valueOf(months.get(m.group(2))), m.group(1)));
    collect(
        monthNameDay.matcher(s),
        s,
        dates,
        m -> date(m.group(3), String.valueOf(months.get(m.group(1))), m.group(2)));
    dates.sort(Comparator.comparingInt(Found::start));
    List<Found> apart = new ArrayList<>(); // two spellings read over one date count once
    for (Found d : dates) {
      if (apart.isEmpty() || d.start() >= apart.get(apart.size() - 1).end()) {
        apart.add(d);
      }
    }
    return apart;
  }

  private interface DateOf {
    LocalDate of(Matcher m);
  }

  private void collect(Matcher m, String s, List<Found> out, DateOf dateOf) {
    while (m.find()) {
      LocalDate date = dateOf.of(m);
      if (date != null) {
        out.add(withTime(date, s, m.start(), m.end()));
      }
    }
  }

  /**
   * Adds a time that follows the date closely ("at 6:01 pm", "à 18h02", "午後1時05分", "13:05"), or
   * else a bare one just before it ("9:25 09.05.2025").
   */
  private Found withTime(LocalDate date, String s, int start, int end) {
    int reach = limits.timeReach();
    Matcher t =
        time.matcher(s).region(end, Math.min(s.length(), end + reach)).useTransparentBounds(true);
    if (t.lookingAt()) {
      int hour = hour(Integer.parseInt(t.group(2)), t.group(1), t.group(4));
      int minute = Integer.parseInt(t.group(3));
      if (hour < 24 && minute < 60) {
        return new Found(iso(date, hour, minute), start, t.end());
      }
    }
    Matcher before =
        TIME_BEFORE.matcher(s).region(Math.max(0, start - reach), start).useTransparentBounds(true);
    if (before.find()) {
      int hour = hour(Integer.parseInt(before.group(1)), null, before.group(3));
      int minute = Integer.parseInt(before.group(2));
      if (hour < 24 && minute < 60) {
        return new Found(iso(date, hour, minute), before.start(), end);
      }
    }
    return new Found(date.toString(), start, end);
  }

  private static String iso(LocalDate date, int hour, int minute) {
    return LocalDateTime.of(date.getYear(), date.getMonth(), date.getDayOfMonth(), hour, minute)
        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }

  /** The 24-hour hour of a 12-hour clock reading, marked before (午後) or after (pm, م) the time. */
  private int hour(int hour, String before, String after) {
    String mark = after != null ? after : before;
    if (mark == null || hour > 12) {
      return hour;
    }
    boolean pm = mark.startsWith("p") || afternoon.contains(mark);
    boolean am = mark.startsWith("a") || morning.contains(mark);
    return pm ? hour % 12 + 12 : am ? hour % 12 : hour;
  }

  /**
   * 10.01.2024 is always day first; 01/10/2024 is month first in American English ("en", "en-US"),
   * day first elsewhere (en-GB too), unless a part is over 12.
   */
  private LocalDate dayFirst(Matcher m, String language) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    boolean monthFirst =
        m.group(2).equals("/") && (b > 12 || a <= 12 && isAmericanEnglish(language));
    return monthFirst
        ? date(m.group(4), m.group(1), m.group(3))
        : date(m.group(4), m.group(3), m.group(1));
  }

  private static boolean isAmericanEnglish(String language) {
    return language != null
        && (language.equalsIgnoreCase("en")
            || language.toLowerCase(Locale.ROOT).startsWith("en-us"));
  }

  private LocalDate date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < limits.minYear() || y > limits.maxYear()) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null; // "31.02.2024", a month name the table lacks
    }
  }

  /** Every spelling read here has a four-digit year. */
  private static boolean hasYear(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /** Lower case and ASCII digits, char for char, so positions stay those of the input. */
  static String normalize(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      if (c >= '\u0660' && c <= '\u0669') {
        c = (char) ('0' + c - '\u0660'); // Arabic-Indic digits
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        c = (char) ('0' + c - '\u06F0'); // Persian
      } else if (c >= '\uFF10' && c <= '\uFF19') {
        c = (char) ('0' + c - '\uFF10'); // fullwidth
      } else if (c == '\u00A0'
          || c == '\u3000'
          || c == '\u202F'
          || c == '\u2009'
          || c == '\u2007') {
        c = ' ';
      }
      out[i] = Character.toLowerCase(c);
    }
    return new String(out);
  }

  /** Every spelling of every language to its month number. */
  private static Map<String, Integer> months(Map<String, List<List<String>>> byLanguage) {
    Map<String, Integer> months = new LinkedHashMap<>();
    byLanguage
        .values()
        .forEach(
            names -> {
              for (int i = 0; i < names.size(); i++) {
                for (String name : names.get(i)) {
                  months.putIfAbsent(name, i + 1);
                }
              }
            });
    return months;
  }

  /** The words as one regex alternation, longest first so "june" is not read as "jun". */
  private static String alternation(Collection<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder group = new StringBuilder();
    for (String w : sorted) {
      group.append(group.length() > 0 ? "|" : "").append(Pattern.quote(w.toLowerCase(Locale.ROOT)));
    }
    return group.toString();
  }

  private static List<String> marks(DateWords.ClockMarks marks) {
    return union(marks.morning(), marks.afternoon());
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
