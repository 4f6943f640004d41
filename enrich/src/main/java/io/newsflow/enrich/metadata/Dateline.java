package io.newsflow.enrich.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a page shows it to readers ("May 9, 2025 at 6:01 am", "10.01.2024 06:30 Uhr",
 * "5 février 2024 à 18h02", "2024年3月19日 13:05", "12 مارس 2024"), read into ISO-8601 local time:
 * a dateline says no offset. Numeric, month-name (English, German, French, Spanish, Italian,
 * Portuguese, Dutch, Russian, Arabic) and CJK spellings; a date labelled as an update is skipped.
 */
public final class Dateline {
  /** Where in the text the date was read, and its ISO form (a date, or a date and time). */
  record Found(String iso, int start, int end) {}

  private static final int MIN_YEAR = 1990;
  private static final int MAX_YEAR = 2100;
  /** An update label this close before a date makes it the modified time, not the published. */
  private static final int LABEL_REACH = 25;
  private static final Pattern UPDATE_LABEL = Pattern.compile(
      "(updated|update|aktualisiert|mis à jour|modifié|actualizado|actualización|aggiornato|atualizado"
          + "|bijgewerkt|обновлено|更新|업데이트|تحديث|تم التحديث)[^\\p{L}\\d]*\\p{L}{0,3}[^\\p{L}\\d]*$");

  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH = monthAlternation();
  private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";

  private static final Pattern YEAR_FIRST = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d{2})\\s*(?:[-/.]|年|년)\\s*(\\d{1,2})\\s*(?:[-/.]|月|월)\\s*(\\d{1,2})(?:\\s*[日일]|(?!\\d))");
  private static final Pattern DAY_FIRST_NUMERIC = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2" + YEAR);
  private static final Pattern DAY_MONTH_NAME = Pattern.compile(
      "(?<![\\p{L}\\d])(\\d{1,2})(?:er|\\.|º|st|nd|rd|th)?\\s+(?:de\\s+)?" + MONTH
          + "\\.?,?\\s+(?:de\\s+)?" + YEAR);
  private static final Pattern MONTH_NAME_DAY = Pattern.compile(
      "(?<!\\p{L})" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR);
  private static final Pattern TIME = Pattern.compile(
      "^[\\s,|·•–—-]*(?:(?:at|um|à|a las|alle|às|om|в|الساعة)\\s*)?(午前|午後|上午|下午|오전|오후)?\\s*"
          + "(\\d{1,2})(?:\\s*[:時时시]\\s*|h)(\\d{2})(?::\\d{2})?(?![\\d:])(?:\\s*[分분])?"
          + "(?:\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|صباحاً|صباحا|مساءً|مساء|ص|م)(?!\\p{L}))?(?!\\s*min)");
  private static final java.util.Set<String> AFTERNOON = java.util.Set.of("午後", "下午", "오후", "مساءً", "مساء", "م");
  private static final java.util.Set<String> MORNING = java.util.Set.of("午前", "上午", "오전", "صباحاً", "صباحا", "ص");

  private Dateline() {}

  /** At most this many letters beside the date: a label ("Stand:", "Published", "publié le"). */
  private static final int MAX_LABEL_LETTERS = 12;
  private static final int MAX_DATELINE_CHARS = 60;
  private static final Pattern CLOCK_SUFFIX = Pattern.compile("\\d\\s*[ap]\\.\\s?m\\.$", Pattern.CASE_INSENSITIVE);

  /** The first date in the text that is not labelled as an update, or null. */
  static Found find(String text, String language) {
    if (text == null || !hasYear(text)) {
      return null;
    }
    String s = normalize(text);
    for (Found d : all(s, language)) {
      if (!UPDATE_LABEL.matcher(s.substring(Math.max(0, d.start() - LABEL_REACH), d.start())).find()) {
        return d;
      }
    }
    return null;
  }

  /**
   * Whether the text is a date with at most a short label ("Stand:", "Published", "publié le"):
   * a dateline, not a sentence that starts with a date.
   */
  public static boolean isOnlyADate(String text, String language) {
    if (text.length() > MAX_DATELINE_CHARS || endsLikeASentence(text)) {
      return false;
    }
    List<Found> dates = hasYear(text) ? all(normalize(text), language) : List.of();
    int besideDates = letterWeight(text, 0, text.length());
    int dateChars = 0;
    for (Found d : dates) {
      besideDates -= letterWeight(text, d.start(), d.end());
      dateChars += d.end() - d.start();
    }
    return !dates.isEmpty() && besideDates <= MAX_LABEL_LETTERS && dateChars * 2 >= nonSpace(text);
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
    return last == '.' && t.length() > 1 && Character.isLetter(t.charAt(t.length() - 2))
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
    return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
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
  private static List<Found> all(String s, String language) {
    List<Found> dates = new ArrayList<>();
    collect(YEAR_FIRST.matcher(s), s, dates, m -> date(m.group(1), m.group(2), m.group(3)));
    collect(DAY_FIRST_NUMERIC.matcher(s), s, dates, m -> dayFirst(m, language));
    collect(DAY_MONTH_NAME.matcher(s), s, dates,
        m -> date(m.group(3), String.valueOf(MONTHS.get(m.group(2))), m.group(1)));
    collect(MONTH_NAME_DAY.matcher(s), s, dates,
        m -> date(m.group(3), String.valueOf(MONTHS.get(m.group(1))), m.group(2)));
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

  private static void collect(Matcher m, String s, List<Found> out, DateOf dateOf) {
    while (m.find()) {
      LocalDate date = dateOf.of(m);
      if (date != null) {
        out.add(withTime(date, s, m.start(), m.end()));
      }
    }
  }

  /** Adds a time that follows the date closely ("at 6:01 pm", "à 18h02", "午後1時05分", "13:05"). */
  private static Found withTime(LocalDate date, String s, int start, int end) {
    Matcher t = TIME.matcher(s).region(end, Math.min(s.length(), end + 30)).useTransparentBounds(true);
    if (t.lookingAt()) {
      int hour = hour(Integer.parseInt(t.group(2)), t.group(1), t.group(4));
      int minute = Integer.parseInt(t.group(3));
      if (hour < 24 && minute < 60) {
        String iso = LocalDateTime.of(date.getYear(), date.getMonth(), date.getDayOfMonth(), hour, minute)
            .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        return new Found(iso, start, t.end());
      }
    }
    return new Found(date.toString(), start, end);
  }

  /** The 24-hour hour of a 12-hour clock reading, marked before (午後) or after (pm, م) the time. */
  private static int hour(int hour, String before, String after) {
    String mark = after != null ? after : before;
    if (mark == null || hour > 12) {
      return hour;
    }
    boolean afternoon = mark.startsWith("p") || AFTERNOON.contains(mark);
    boolean morning = mark.startsWith("a") || MORNING.contains(mark);
    return afternoon ? hour % 12 + 12 : morning ? hour % 12 : hour;
  }

  /**
   * 10.01.2024 is always day first; 01/10/2024 is month first in American English ("en", "en-US"),
   * day first elsewhere (en-GB too), unless a part is over 12.
   */
  private static LocalDate dayFirst(Matcher m, String language) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    boolean monthFirst = m.group(2).equals("/") && (b > 12 || a <= 12 && isAmericanEnglish(language));
    return monthFirst ? date(m.group(4), m.group(1), m.group(3)) : date(m.group(4), m.group(3), m.group(1));
  }

  private static boolean isAmericanEnglish(String language) {
    return language != null
        && (language.equalsIgnoreCase("en") || language.toLowerCase(Locale.ROOT).startsWith("en-us"));
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < MIN_YEAR || y > MAX_YEAR) {
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
      } else if (c == '\u00A0' || c == '\u3000' || c == '\u202F' || c == '\u2009' || c == '\u2007') {
        c = ' ';
      }
      out[i] = Character.toLowerCase(c);
    }
    return new String(out);
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new LinkedHashMap<>();
    String[][] byLanguage = {
      {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
      {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
      {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
      {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
      {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
      {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
      {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
      {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
      {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
      {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
      {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"},
    };
    for (String[] names : byLanguage) {
      for (int i = 0; i < 12; i++) {
        m.putIfAbsent(names[i], i + 1);
      }
    }
    m.put("sept", 9);
    m.put("jän", 1);
    m.put("jänner", 1);
    m.put("ابريل", 4);
    m.put("اغسطس", 8);
    m.put("اكتوبر", 10);
    return m;
  }

  /** The month names as one group, longest first so "june" is not read as "jun". */
  private static String monthAlternation() {
    List<String> names = new ArrayList<>(MONTHS.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder group = new StringBuilder("(");
    for (String n : names) {
      group.append(group.length() > 1 ? "|" : "").append(Pattern.quote(n.toLowerCase(Locale.ROOT)));
    }
    return group.append(")(?!\\p{L})").toString();
  }
}
