package io.newsflow.enrich.metadata;

import io.newsflow.enrich.rules.Thresholds;
import java.net.IDN;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Removes the site name from a page title ("Story | Site", "Site — Story"). A part is only cut when
 * it names the site (site name, publisher or host). The {@code <title>} element carries more
 * decoration than a title the publisher declared for sharing (og:title...), so from it the cleaner
 * also cuts an author's name, whatever follows a part that repeats one of the page's h1s, and a
 * short trailing part after a long headline ("Lorem ipsum dolor sit amet – My website"); a declared
 * title keeps those, they were written on purpose ("Chapter 102 - Super Supportive").
 */
public final class TitleCleaner {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Combining marks, dropped to spell a part without accents. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** A character reference left in text that was escaped twice ("&amp;quot;" read as "&quot;"). */
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

  /** A part that is only a date ("28.04.2023", "2024-05-03", "3/5/2024"): page decoration. */
  private static final Pattern DATE_PART = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");

  private final List<String> separators;

  /** A trailing part this short (in words) after a headline this long is a site or section name. */
  private final int tailMaxWords;

  private final int headMinWords;

  private final int siteNameMaxWords;

  TitleCleaner(List<String> separators, Thresholds.Html t) {
    this.separators = separators;
    this.tailMaxWords = t.titleTailMaxWords();
    this.headMinWords = t.titleHeadMinWords();
    this.siteNameMaxWords = t.siteNameMaxWords();
  }

  /**
   * @param title the chosen title
   * @param fromTitleElement whether it is the page's {@code <title>} text
   * @param headings the page's first h1 texts
   * @param siteNames declared names of the site (og:site_name, publisher, application-name)
   * @param authors the article's authors
   * @param url the page URL, whose host names the site too
   */
  String clean(
      String title,
      boolean fromTitleElement,
      List<String> headings,
      List<String> siteNames,
      List<String> authors,
      String url) {
    if (title == null) {
      return null;
    }
    List<String> names = keys(siteNames);
    List<String> host = hostLabels(url);
    names.addAll(host);
    if (fromTitleElement) {
      names.addAll(keys(authors));
    }
    List<String> h1Keys = fromTitleElement ? keys(headings) : List.of();
    if (h1Keys.contains(key(title))) {
      return title; // the whole title is the headline on the page
    }
    String edge = fromTitleElement ? headingAtEdge(title, headings) : null;
    if (edge != null) {
      return edge;
    }
    String current = title;
    for (int round = 0; round < 4; round++) {
      // a guess without a name is made at most once, and not after a named part was cut: the
      // named cut showed the page's decoration, and what is left is likely the headline's own
      String next = cutOnce(current, names, host, h1Keys, fromTitleElement && round == 0);
      if (next == null || next.equals(current)) {
        break;
      }
      current = next;
    }
    return current;
  }

  /** Cleaning of a declared title: only site names are cut. */
  String clean(String title, List<String> siteNames, String url) {
    return clean(title, false, List.of(), siteNames, List.of(), url);
  }

  private String cutOnce(
      String title,
      List<String> names,
      List<String> host,
      List<String> h1Keys,
      boolean guessUnnamedTail) {
    for (String sep : separators) {
      int last = title.lastIndexOf(sep);
      if (last > 0) {
        String head = title.substring(0, last).trim();
        String tail = title.substring(last + sep.length()).trim();
        if (!head.isEmpty()
            && (namesSite(tail, names)
                || namedAfterHost(tail, host)
                || isHeadline(head, tail, h1Keys)
                || DATE_PART.matcher(tail).matches())) {
          return head;
        }
      }
      int first = title.indexOf(sep);
      if (first > 0) {
        String head = title.substring(0, first).trim();
        String tail = title.substring(first + sep.length()).trim();
        if (!tail.isEmpty()
            && (namesSite(head, names)
                || namedAfterHost(head, host)
                || isHeadline(tail, head, h1Keys))) {
          return tail;
        }
      }
    }
    return guessUnnamedTail ? cutShortTail(title) : null;
  }

  /** Without a name to go by: a long headline followed by a short part, at the last separator. */
  private String cutShortTail(String title) {
    int best = -1;
    String bestSep = null;
    for (String sep : separators) {
      int last = title.lastIndexOf(sep);
      if (sep.startsWith(" ") && last > best) {
        best = last;
        bestSep = sep;
      }
    }
    if (best <= 0) {
      return null;
    }
    String head = title.substring(0, best).trim();
    String tail = title.substring(best + bestSep.length()).trim();
    int tailWords = words(tail);
    int headWords = words(head);
    boolean cut =
        tailWords >= 1
            && tailWords <= tailMaxWords
            && headWords >= headMinWords
            && headWords >= 2 * tailWords;
    return cut ? head : null;
  }

  /**
   * A short part whose first or last word is the host's own label: the site's full name around the
   * short one its address uses ("Die Neue Südtiroler Tageszeitung" on tageszeitung.it, "Le Monde"
   * on lemonde.fr is caught whole by {@link #namesSite}).
   */
  private boolean namedAfterHost(String part, List<String> host) {
    String[] words = SPACES.split(part.strip());
    if (host.isEmpty() || words.length < 2 || words.length > siteNameMaxWords) {
      return false;
    }
    int partChars = key(part).length();
    for (String edge : List.of(words[0], words[words.length - 1])) {
      for (String k : spellings(edge)) {
        // mostly the name: a script without spaces makes a long headline one "word"
        if (k.length() >= 4 && host.contains(k) && partChars <= 3 * k.length()) {
          return true;
        }
      }
    }
    return false;
  }

  private static int words(String s) {
    int n = 0;
    for (String w : SPACES.split(s.trim())) {
      if (!key(w).isEmpty()) {
        n++;
      }
    }
    return n;
  }

  /**
   * The page's h1 when the title opens or closes with it and the rest, shorter, is set off by a
   * punctuation mark that is none of the rules' separators: "Story-新华网", "Story：朝日新聞デジタル",
   * "Story。｜Site", "Blog: Story". Titles in scripts without spaces often use such marks, which no
   * list of separators can hold without cutting hyphenated words; the h1 shows where the headline
   * ends. A rest behind one of the separators is left to the site-name rules; the longer-part
   * condition keeps a site's logo h1 from winning.
   */
  private String headingAtEdge(String title, List<String> headings) {
    for (String h : headings) {
      if (key(h).isEmpty() || h.length() >= title.length()) {
        continue;
      }
      if (title.startsWith(h)) {
        String raw = title.substring(h.length());
        String rest = raw.strip();
        if (h.length() > rest.length()
            && setOff(rest.charAt(0))
            && !opensWithSeparator(raw, rest)) {
          return h;
        }
      }
      if (title.endsWith(h)) {
        String raw = title.substring(0, title.length() - h.length());
        String rest = raw.strip();
        if (!rest.isEmpty()
            && h.length() > rest.length()
            && setOff(rest.charAt(rest.length() - 1))
            && !closesWithSeparator(raw, rest)) {
          return h;
        }
      }
    }
    return null;
  }

  private boolean opensWithSeparator(String raw, String rest) {
    for (String sep : separators) {
      if (raw.startsWith(sep) || rest.startsWith(sep.strip()) && sep.equals(sep.strip())) {
        return true;
      }
    }
    return false;
  }

  private boolean closesWithSeparator(String raw, String rest) {
    for (String sep : separators) {
      if (raw.endsWith(sep) || rest.endsWith(sep.strip()) && sep.equals(sep.strip())) {
        return true;
      }
    }
    return false;
  }

  /** Punctuation or a symbol such as "|" or "｜", not a letter, digit or closing quote. */
  private static boolean setOff(char c) {
    if (Character.isLetterOrDigit(c)) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.DASH_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION
        || type == Character.CONNECTOR_PUNCTUATION
        || type == Character.MATH_SYMBOL
        || type == Character.OTHER_SYMBOL;
  }

  /**
   * The part repeats one of the page's h1s and is the longer part: the rest is a site or section
   * name.
   */
  private static boolean isHeadline(String part, String rest, List<String> h1Keys) {
    return part.length() > rest.length() && h1Keys.contains(key(part));
  }

  /**
   * The part is a site name, starts or ends with one ("Site News", "Fandom [Site]"), or is the
   * start of a longer one.
   */
  public static boolean namesSite(String part, List<String> names) {
    for (String k : spellings(part)) {
      if (keyNamesSite(k, names)) {
        return true;
      }
    }
    return false;
  }

  private static boolean keyNamesSite(String k, List<String> names) {
    if (k.isEmpty()) {
      return false;
    }
    for (String name : names) {
      if (k.equals(name)) {
        return true;
      }
      if (name.length() < 4) {
        continue;
      }
      boolean mostlyName = k.length() <= name.length() + 12 || k.length() <= name.length() * 2;
      if (mostlyName && (k.startsWith(name) || k.endsWith(name))
          || name.startsWith(k) && k.length() >= 4) {
        return true;
      }
    }
    return false;
  }

  /** The keys of a page's site names and of its host's own labels, for {@link #namesSite}. */
  public static List<String> siteKeys(List<String> siteNames, String url) {
    List<String> keys = keys(siteNames);
    keys.addAll(hostLabels(url));
    return keys;
  }

  private static List<String> keys(List<String> values) {
    List<String> keys = new ArrayList<>();
    for (String v : values) {
      if (v != null && !key(v).isEmpty()) {
        keys.add(key(v));
      }
    }
    return keys;
  }

  /**
   * The title with character references that survived one decoding decoded: meta content escaped
   * twice by the publisher's templates shows "&quot;" and "&#8217;" to readers otherwise.
   */
  public static String unescapeLeftovers(String title) {
    if (title == null || title.indexOf('&') < 0 || !ENTITY.matcher(title).find()) {
      return title;
    }
    return Parser.unescapeEntities(title, false);
  }

  /**
   * A part's key and the keys of its letters without accents ("Börsen" as "borsen" and "boersen"),
   * as a host name spells them.
   */
  private static List<String> spellings(String part) {
    String k = key(part);
    List<String> out = new ArrayList<>(List.of(k));
    String bare =
        key(MARKS.matcher(Normalizer.normalize(part, Normalizer.Form.NFD)).replaceAll(""));
    String german =
        key(
            part.replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue")
                .replace("ß", "ss"));
    for (String s : List.of(bare, german)) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Lower-case letters and digits only, so "eHow", "EHOW" and "e-how" compare equal. */
  public static String key(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /**
   * "www.nytimes.com" -> ["nytimes", "nytimescom"], "en.wikipedia.org" -> ["wikipedia",
   * "enwikipediaorg"]: the host's own labels and the host as a title spells it ("rp.pl",
   * "n-tv.de"); a punycode host ("xn--brsenblatt-ecb.de") in its Unicode letters.
   */
  private static List<String> hostLabels(String url) {
    List<String> labels = new ArrayList<>();
    if (url == null || url.isEmpty()) {
      return labels;
    }
    try {
      String host = URI.create(url.trim()).getHost();
      if (host == null) {
        return labels;
      }
      host = IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
      String whole = key(host.startsWith("www.") ? host.substring(4) : host);
      String[] parts = host.split("\\.");
      for (int i = 0; i < parts.length - 1; i++) {
        String p = parts[i];
        // a two-letter label only when it is the site's own ("dw.com"), not a language ("en.")
        boolean own = p.length() >= 3 || i == parts.length - 2;
        if (own && !p.equals("www") && !p.equals("com") && !p.equals("co")) {
          labels.add(key(p));
        }
      }
      if (whole.length() >= 4 && !labels.contains(whole)) {
        labels.add(whole);
      }
    } catch (IllegalArgumentException e) {
      // unparseable URL: no host hint
    }
    return labels;
  }
}
