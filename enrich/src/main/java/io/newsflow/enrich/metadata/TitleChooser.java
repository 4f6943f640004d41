package io.newsflow.enrich.metadata;

import io.newsflow.enrich.rules.Texts;
import io.newsflow.enrich.rules.Thresholds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the page title among declared candidates. A JSON-LD name or headline only counts when it
 * agrees with what the reader sees ({@code <title>} or an h1): JSON-LD often describes another
 * object ("Wikimedia list article"). Meta titles (Dublin Core, Open Graph, Twitter...) are the
 * publisher's own choice and win in their order of trust, then a disagreeing JSON-LD title, then
 * the {@code <title>}, then the h1. That order gives way to a declared title that clearly more of
 * the page's title sources repeat (see {@link TitleSupport}): a JSON-LD headline with a section
 * appended, or the SEO headline left in JSON-LD and the {@code <title>}, is one or two sources
 * against the h1, og:title and twitter:title.
 */
final class TitleChooser {
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\p{P}]+");

  /**
   * A kicker ends with its separator: "Kicker:", "Kicker -", "Kicker |"; a dash with no space
   * before it joins a compound ("Spider-"), not a kicker.
   */
  private static final Pattern KICKER = Pattern.compile(".*\\S(?::|\\s+[|/\\-\u2013\u2014])");

  /** A section starts with its separator: "-Politics", " | World", " · Sport". */
  private static final Pattern SECTION = Pattern.compile("[:|/\\-\u2013\u2014\u00B7_]\\s*\\S.*");

  private static final int MAX_KICKER_WORDS = 6;
  private static final int MAX_SECTION_WORDS = 3;

  /** The share of a JSON-LD title's words that a visible title must hold to agree with it. */
  private final double agreement;

  /** The share of a source's text a candidate must be for the source to repeat it. */
  private final double supportShare;

  /** How many more sources must repeat a declared title than the trusted pick for it to win. */
  private final int supportMargin;

  TitleChooser(Thresholds.Html t) {
    this.agreement = t.titleAgreement();
    this.supportShare = t.titleSupportShare();
    this.supportMargin = t.titleSupportMargin();
  }

  String choose(
      String docTitle,
      List<String> headings,
      List<String> siteNames,
      List<String> jsonLdTitles,
      List<String> metaTitles) {
    Set<String> sites = new HashSet<>();
    for (String site : siteNames) {
      sites.add(TitleCleaner.key(site));
    }
    List<String> references = new ArrayList<>(headings);
    if (docTitle != null) {
      references.add(docTitle);
    }
    String chosen = pick(docTitle, headings, sites, references, jsonLdTitles, metaTitles);
    chosen = mostRepeated(chosen, references, sites, jsonLdTitles, metaTitles);
    chosen = withoutKickerOrSection(chosen, sites, jsonLdTitles, metaTitles);
    return uncut(whole(chosen, references, jsonLdTitles, metaTitles), headings, docTitle);
  }

  /**
   * A declared title that a visible one goes on from with a quotation mark was cut by it: the
   * publisher left the quote unescaped in the attribute ({@code content="Winner and "a royal
   * visit""} ends before {@code "a royal}). The heading, else the {@code <title>}, holds it whole.
   */
  private static String uncut(String chosen, List<String> headings, String docTitle) {
    if (chosen == null) {
      return null;
    }
    for (String heading : headings) {
      if (heading != null && continuesWithQuote(Texts.normalize(heading), chosen)) {
        return Texts.normalize(heading);
      }
    }
    if (docTitle != null && continuesWithQuote(Texts.normalize(docTitle), chosen)) {
      return docTitle;
    }
    return chosen;
  }

  private static boolean continuesWithQuote(String visible, String cut) {
    if (visible.length() <= cut.length() + 1 || !visible.startsWith(cut)) {
      return false;
    }
    int at = visible.charAt(cut.length()) == ' ' ? cut.length() + 1 : cut.length();
    char c = visible.charAt(at);
    return c == '"' || c == '\'';
  }

  /**
   * The declared title that at least {@code supportMargin} more of the page's title sources repeat
   * than the chosen one, else the chosen one. A margin of one would let a twitter:title copying the
   * h1 outvote the og:title the publisher wrote for sharing.
   */
  private String mostRepeated(
      String chosen,
      List<String> references,
      Set<String> sites,
      List<String> jsonLdTitles,
      List<String> metaTitles) {
    if (chosen == null) {
      return null;
    }
    List<String> declared = new ArrayList<>(metaTitles);
    declared.addAll(jsonLdTitles);
    List<String> sources = new ArrayList<>(references);
    sources.addAll(declared);
    TitleSupport support = new TitleSupport(sources, supportShare);
    String best = chosen;
    int bestSupport = support.of(chosen);
    for (String candidate : declared) { // in order of trust: the first of equals wins
      String c = usable(candidate, sites);
      if (c != null && support.of(c) >= bestSupport + supportMargin) {
        best = c;
        bestSupport = support.of(c);
      }
    }
    return best;
  }

  private String pick(
      String docTitle,
      List<String> headings,
      Set<String> sites,
      List<String> references,
      List<String> jsonLdTitles,
      List<String> metaTitles) {
    List<String> ld = new ArrayList<>();
    for (String candidate : jsonLdTitles) {
      String c = usable(candidate, sites);
      if (c != null) {
        ld.add(c);
      }
    }
    // the visible headings first: a JSON-LD name that repeats the <title> ("Story - site.com")
    // gives way to a headline that repeats the h1
    for (String reference : references) {
      for (String c : ld) {
        if (agrees(c, reference)) {
          return c;
        }
      }
    }
    for (String candidate : metaTitles) {
      String c = usable(candidate, sites);
      if (c != null) {
        return c;
      }
    }
    if (!ld.isEmpty()) {
      return ld.get(0);
    }
    return docTitle != null ? docTitle : headings.isEmpty() ? null : headings.get(0);
  }

  /**
   * A declared title that is the chosen one without a short leading kicker ("Kicker: Story") or
   * trailing section ("Story-Politics") is the story's headline: the publisher wrote it without
   * them, and a kicker (the Dachzeile) or a section is set beside a headline, not part of it.
   */
  private static String withoutKickerOrSection(
      String chosen, Set<String> sites, List<String> jsonLdTitles, List<String> metaTitles) {
    if (chosen == null) {
      return null;
    }
    List<String> declared = new ArrayList<>(metaTitles);
    declared.addAll(jsonLdTitles);
    for (String candidate : declared) {
      String c = usable(candidate, sites);
      if (c == null || c.length() >= chosen.length()) {
        continue;
      }
      String head = chosen.substring(0, chosen.length() - c.length());
      String tail = chosen.substring(c.length());
      if (chosen.endsWith(c) && isAffix(head, KICKER, MAX_KICKER_WORDS)
          || chosen.startsWith(c) && isAffix(tail, SECTION, MAX_SECTION_WORDS)) {
        return c;
      }
    }
    return chosen;
  }

  private static boolean isAffix(String part, Pattern shape, int maxWords) {
    String p = part.strip();
    return shape.matcher(p).matches() && p.split(" ").length <= maxWords;
  }

  /**
   * A title cut short with an ellipsis ("Google's Search makeover…", a sharing card's limit) gives
   * way to another candidate that holds it whole.
   */
  private static String whole(
      String chosen, List<String> references, List<String> jsonLdTitles, List<String> metaTitles) {
    if (chosen == null) {
      return null;
    }
    String stem = truncatedStem(chosen);
    if (stem == null) {
      return chosen;
    }
    List<String> all = new ArrayList<>(references);
    all.addAll(metaTitles);
    all.addAll(jsonLdTitles);
    for (String candidate : all) {
      if (candidate != null) {
        String c = Texts.normalize(candidate);
        if (c.length() > stem.length() + 1 && c.startsWith(stem) && truncatedStem(c) == null) {
          return c;
        }
      }
    }
    return chosen;
  }

  /** The text before a closing ellipsis, or null when the title does not end with one. */
  private static String truncatedStem(String title) {
    String t = title.strip();
    String stem =
        t.endsWith("\u2026")
            ? t.substring(0, t.length() - 1)
            : t.endsWith("...") ? t.substring(0, t.length() - 3) : null;
    return stem == null || stem.isBlank() ? null : stem.strip();
  }

  /** The normalised candidate, or null when empty or just the site name (which says nothing). */
  private static String usable(String candidate, Set<String> sites) {
    if (candidate == null || candidate.isBlank() || sites.contains(TitleCleaner.key(candidate))) {
      return null;
    }
    String c = Texts.normalize(candidate);
    return c.isEmpty() ? null : c;
  }

  /** Most of the candidate's words appear in the reference. */
  private boolean agrees(String candidate, String reference) {
    if (reference == null) {
      return false;
    }
    Set<String> ref = words(reference);
    Set<String> cand = words(candidate);
    if (cand.isEmpty()) {
      return false;
    }
    int shared = 0;
    for (String w : cand) {
      if (ref.contains(w)) {
        shared++;
      }
    }
    return shared >= agreement * cand.size();
  }

  private static Set<String> words(String s) {
    Set<String> words = new HashSet<>();
    for (String w : WORD_SEPARATORS.split(s)) {
      if (!w.isEmpty()) {
        words.add(TitleCleaner.key(w));
      }
    }
    return words;
  }
}
