package io.newsflow.enrich.text;

import io.newsflow.enrich.rules.Thresholds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines where the site speaks of itself rather than of the story: its reporter's bio ("Jane Roe is
 * a producer for CBC's bureau in Ottawa"), an appeal ("Stay informed with The Namibian"), a notice
 * ("ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet"). Such a line names the site,
 * shares few of the story's words and stands apart from the story, with no paragraph right before
 * or after it (a bio under its name line, an appeal under its head); a story that cites its own
 * site does so on its subject, between its paragraphs or in a quote ("– Ein Szenario, sagt
 * NRK-Kommentatorin Jane Roe."). Immutable and thread-safe.
 */
final class SelfReferences {
  /** How a quote opens: quotation marks and the dash some languages quote with. */
  private static final String QUOTE_OPENERS = "\"'“”„‚‘’«»「『–—-";

  /** How far above a bio its author's name line may be (a title line between them). */
  private static final int NAME_LINE_MAX_DISTANCE = 2;

  /** A name's word shorter than this ("Li") is not looked for in a bio's first sentence. */
  private static final int NAME_WORD_MIN_CHARS = 3;

  /** A sentence's end followed by the next sentence. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s");

  private final Thresholds.TextPages limits;
  private final ReaderAddress readerAddress;
  private final Pattern accountWords;

  SelfReferences(
      Thresholds.TextPages limits, ReaderAddress readerAddress, List<String> accountWords) {
    this.limits = limits;
    this.readerAddress = readerAddress;
    StringBuilder re = new StringBuilder();
    for (String w : accountWords) {
      re.append(re.isEmpty() ? "" : "|");
      boolean spaceless = w.chars().anyMatch(c -> Words.isIdeograph((char) c));
      boolean stem = w.endsWith("*");
      String word = Pattern.quote(stem ? w.substring(0, w.length() - 1) : w);
      re.append(spaceless ? word : "(?<!\\p{L})" + word + (stem ? "" : "(?!\\p{L})"));
    }
    this.accountWords =
        Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * Marks the region's body lines, of promotion size, where the site speaks of itself (between the
   * story's paragraphs and at any length too when it speaks to the reader: "Follow the Gazette on
   * your phone", an appeal for support of a dozen sentences), and, with or without the site's name,
   * its notices to the reader about their subscription or account.
   */
  void mark(List<Line> lines, int[] region, SiteName site) {
    markAccountNotices(lines, region);
    markAccountBoxes(lines, region);
    if (site == SiteName.NONE) {
      return;
    }
    for (int i = region[0]; i < region[1]; i++) {
      Line l = lines.get(i);
      boolean speaks = readerAddress.in(l.text);
      if (l.kind == BlockKind.BODY
          && (l.text.length() <= limits.promoLineMaxChars() || speaks)
          && !opensQuote(l.text)
          && site.namedIn(l.text)
          && storyShare(lines, region, i, SiteName.NONE) < limits.siteLineMaxStoryShare()
          && ((!paragraph(lines, region, i - 1) && !paragraph(lines, region, i + 1)) || speaks)) {
        l.mark(BlockKind.BOILERPLATE, "site");
      }
    }
    markTail(lines, region, site);
  }

  /**
   * The site's notices about the reader's subscription or account ("If you are a print subscriber,
   * online access is included in your subscription", "Tu suscripción se está usando en otro
   * dispositivo", "Mit Ihrem Abo können Sie …"): a line of promotion size that speaks to the
   * reader, names an {@code accountWords} word and is off the story's subject, wherever it stands
   * in the story. A story about subscriptions shares their words with its other paragraphs.
   */
  private void markAccountNotices(List<Line> lines, int[] region) {
    Set<Line> notices = new HashSet<>();
    for (int i = region[0]; i < region[1]; i++) {
      Line l = lines.get(i);
      if (l.kind == BlockKind.BODY
          && l.text.length() <= limits.promoLineMaxChars()
          && !opensQuote(l.text)
          && accountWords.matcher(l.text).find()
          && readerAddress.in(l.text)) {
        notices.add(l);
      }
    }
    for (int i = region[0]; i < region[1]; i++) {
      Line l = lines.get(i);
      // the notices of one box share their words with each other, not with the story
      if (notices.contains(l)
          && storyShare(lines, region, i, notices::contains) < limits.siteLineMaxStoryShare()) {
        l.mark(BlockKind.BOILERPLATE, "account");
      }
    }
  }

  /**
   * A box of the site's account offers between the story's paragraphs ("REGISTER / SIGN IN TO
   * UNLOCK MORE ARTICLES", "Access articles from across Canada with one account.", "Enjoy
   * additional articles per month."): a run of lines with no full paragraph in it, of which {@code
   * accountBoxMinLines} of promotion size, not code, name an {@code accountWords} word. Its lines
   * of promotion size off the story's subject are the site's, whether or not they speak to the
   * reader.
   */
  private void markAccountBoxes(List<Line> lines, int[] region) {
    int start = region[0];
    for (int i = region[0]; i <= region[1]; i++) {
      if (i == region[1] || isParagraph(lines.get(i))) {
        markIfAccountBox(lines, region, start, i);
        start = i + 1;
      }
    }
  }

  private void markIfAccountBox(List<Line> lines, int[] region, int from, int to) {
    Set<Line> box = new HashSet<>();
    int accountLines = 0;
    for (int k = from; k < to; k++) {
      Line l = lines.get(k);
      if (l.kind == BlockKind.BODY && l.text.length() <= limits.promoLineMaxChars()) {
        box.add(l);
        accountLines += !isCode(l.text) && accountWords.matcher(l.text).find() ? 1 : 0;
      }
    }
    if (accountLines < limits.accountBoxMinLines() || !paragraphOutside(lines, region, from, to)) {
      return; // no box, or no story around it to be off the subject of
    }
    for (int k = from; k < to; k++) {
      Line l = lines.get(k);
      if (box.contains(l)
          && !isCode(l.text)
          && storyShare(lines, region, k, box::contains) < limits.siteLineMaxStoryShare()) {
        l.mark(BlockKind.BOILERPLATE, "account");
      }
    }
  }

  private boolean paragraphOutside(List<Line> lines, int[] region, int from, int to) {
    for (int k = region[0]; k < region[1]; k++) {
      if ((k < from || k >= to) && isParagraph(lines.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** A line of program code ("fetch("/login", {"), where an account word names no offer. */
  private static boolean isCode(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("{}();=<>".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private boolean isParagraph(Line l) {
    return l.kind == BlockKind.BODY && l.sentence && l.words >= limits.sectionBodyMinWords();
  }

  /**
   * After the story's last paragraph the site speaks of itself at greater length (up to {@code
   * longNoticeMaxChars}) and beside other such lines: a bio under the reporter's name, an appeal of
   * two paragraphs. There a line is the site's when it names the site, or opens with a word of a
   * name printed alone just above it (a bio that does not name the site), and is off the story's
   * subject. The tail runs from the region's end back to the first paragraph that is not the
   * site's; lines right under that paragraph are the story's last words (a story citing its site),
   * so they are kept, unless they speak to the reader (an appeal, "Got a story? Get in touch with
   * our news team", a bio ending "Seine Artikel finden Sie hier"). A line that speaks to the reader
   * is the site's at any length (an appeal for support of a dozen sentences, "Before you go…").
   */
  private void markTail(List<Line> lines, int[] region, SiteName site) {
    List<Integer> tail = new ArrayList<>();
    // a bio shares its author's words with its name line and the other lines naming them, an
    // appeal its offer's with the offer's short lines ("2 Wochen kostenlos testen"): the story is
    // its sentences
    Set<Line> apart = new HashSet<>();
    for (int i = region[0]; i < region[1]; i++) {
      Line l = lines.get(i);
      if (site.namedIn(l.text) || Words.isName(l.text) || underNameLine(lines, region, i)) {
        apart.add(l);
      }
    }
    int last = region[0] - 1;
    for (int i = region[1] - 1; i >= region[0]; i--) {
      Line l = lines.get(i);
      if (l.kind != BlockKind.BODY) {
        continue;
      }
      if (!opensQuote(l.text)
          && (site.namedIn(l.text) || underNameLine(lines, region, i))
          && storyShare(lines, region, i, l2 -> apart.contains(l2) || !l2.sentence)
              < limits.siteLineMaxStoryShare()) {
        tail.add(i);
      } else if (paragraph(lines, region, i)) {
        last = i;
        break;
      }
    }
    for (int k = tail.size() - 1; k >= 0; k--) {
      int i = tail.get(k);
      if (i - 1 == last && !readerAddress.in(lines.get(i).text)) {
        last = i; // the story's last words go on
      } else if (lines.get(i).text.length() <= limits.longNoticeMaxChars()
          || readerAddress.in(lines.get(i).text)) {
        lines.get(i).mark(BlockKind.BOILERPLATE, "site");
      }
    }
  }

  /**
   * Whether the line opens with a word of a name printed alone just above it: a bio under its
   * author's name ("Jane Roe" over "Jane Roe covers city politics…").
   */
  private static boolean underNameLine(List<Line> lines, int[] region, int at) {
    String text = lines.get(at).text;
    String[] opening = text.split("\\s+", 4);
    for (int k = at - 1; k >= Math.max(0, at - NAME_LINE_MAX_DISTANCE); k--) {
      Line name = lines.get(k);
      if (Words.isName(name.text)) {
        for (int w = 0; w < Math.min(3, opening.length); w++) {
          if (name.text.contains(opening[w]) && Character.isUpperCase(opening[w].charAt(0))) {
            return true;
          }
        }
        if (namesInFirstSentence(text, name.text)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the first sentence of a line holds a whole word of the name ("You can email Jane Roe
   * here"), of {@code NAME_WORD_MIN_CHARS} letters or more.
   */
  private static boolean namesInFirstSentence(String text, String name) {
    Set<String> nameWords = new HashSet<>();
    for (String w : name.split("[\\s.-]+")) {
      if (w.length() >= NAME_WORD_MIN_CHARS) {
        nameWords.add(w);
      }
    }
    Matcher end = SENTENCE_END.matcher(text);
    String first = end.find() ? text.substring(0, end.start()) : text;
    for (String w : first.split("[^\\p{L}\\p{M}]+")) {
      if (nameWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensQuote(String text) {
    return text.isEmpty() || QUOTE_OPENERS.indexOf(text.charAt(0)) >= 0;
  }

  /** A paragraph of the story: a body sentence of the region, of a paragraph's length. */
  private boolean paragraph(List<Line> lines, int[] region, int at) {
    if (at < region[0] || at >= region[1]) {
      return false;
    }
    Line l = lines.get(at);
    return l.kind == BlockKind.BODY && l.sentence && l.words >= limits.paragraphMinWords();
  }

  /**
   * The share of the line's content words that occur in the rest of the story (1 for a line without
   * any), its own copies left out (a bio printed twice); {@code site} not NONE leaves out the other
   * lines naming the site too (a bio and an appeal share the site's words, not the story's).
   */
  private static double storyShare(List<Line> lines, int[] region, int at, SiteName site) {
    return storyShare(lines, region, at, l -> site.namedIn(l.text));
  }

  /** The same, leaving out the lines {@code apart} tells apart from the story. */
  static double storyShare(List<Line> lines, int[] region, int at, Predicate<Line> apart) {
    Set<String> words = Words.contentWords(lines.get(at).text);
    if (words.isEmpty()) {
      return 1;
    }
    Set<String> story = new HashSet<>();
    for (int k = region[0]; k < region[1]; k++) {
      Line l = lines.get(k);
      if (k != at
          && l.kind == BlockKind.BODY
          && !l.key.equals(lines.get(at).key)
          && !apart.test(l)) {
        story.addAll(Words.contentWords(l.text));
      }
    }
    int shared = 0;
    for (String w : words) {
      if (story.contains(w)) {
        shared++;
      }
    }
    return (double) shared / words.size();
  }
}
