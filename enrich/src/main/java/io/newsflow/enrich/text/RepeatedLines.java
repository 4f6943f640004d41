package io.newsflow.enrich.text;

import io.newsflow.enrich.rules.Thresholds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the repetition of blocks inside one page says: echoes (a block printed twice), repeated
 * chrome, the captions next to credits and echoes, and the heads of a comment thread's posts.
 * Immutable and thread-safe.
 */
final class RepeatedLines {
  /** A box printed twice is short; a story printed twice repeats a longer run. */
  private static final int BOX_MAX_LINES = 8;

  private final Thresholds.TextPages limits;
  private final int captionMaxChars;

  RepeatedLines(Thresholds thresholds) {
    this.limits = thresholds.textPages();
    this.captionMaxChars = thresholds.blocks().captionMaxChars();
  }

  /**
   * A block repeating an earlier one is an echo (the headline printed twice, a caption with
   * different quote marks); a short line printed three or more times is chrome (a site name under
   * every related post).
   */
  void markRepeats(List<Line> lines) {
    Map<String, Integer> counts = new HashMap<>();
    for (Line l : lines) {
      if (!l.key.isEmpty()) {
        counts.merge(l.key, 1, Integer::sum);
      }
    }
    Map<String, Boolean> series = numberedSeries(lines);
    Map<String, Integer> lastSeen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.key.isEmpty()) {
        if (l.kind == BlockKind.BODY) {
          l.mark(BlockKind.BOILERPLATE, "symbols");
        }
        continue;
      }
      Integer previous = lastSeen.put(l.key, i);
      if (l.kind == BlockKind.CAPTION && previous != null) {
        l.mark(BlockKind.ECHO, "duplicate");
      }
      if (l.kind != BlockKind.BODY) {
        continue;
      }
      if (counts.get(l.key) >= limits.repeatedLineMinCount()
          && l.words <= limits.repeatedLineMaxWords()
          && !series.getOrDefault(l.key, false)) {
        l.mark(BlockKind.BOILERPLATE, "repeated");
      } else if (previous != null && isEcho(lines, previous, i)) {
        l.mark(BlockKind.ECHO, "duplicate");
      }
    }
  }

  /**
   * A box printed twice: a run of two to {@code BOX_MAX_LINES} sentences of promotion size that the
   * page prints again, in the same order, further down (a subscription offer for two states of the
   * page, a video player's error notice, a sign-up box for phone and desktop). Both copies are
   * chrome, marked once the article {@code region} is found (a box between the story's paragraphs
   * does not split it). A short story printed twice is no box: the copies must hold fewer words
   * than the rest of the region's body.
   */
  void markBoxes(List<Line> lines, int[] region) {
    Map<String, Integer> firstPair = new HashMap<>();
    for (int j = 0; j + 1 < lines.size(); j++) {
      if (!boxLine(lines.get(j)) || !boxLine(lines.get(j + 1))) {
        continue;
      }
      String pair = lines.get(j).key + "\n" + lines.get(j + 1).key;
      Integer i = firstPair.putIfAbsent(pair, j);
      if (i == null || j - i < 2 || insideRun(lines, i, j)) {
        continue; // no repeat, overlapping copies, or inside a longer repeated run
      }
      int run = 2;
      while (j + run < lines.size()
          && i + run < j
          && boxLine(lines.get(j + run))
          && lines.get(i + run).key.equals(lines.get(j + run).key)) {
        run++;
      }
      if (run <= BOX_MAX_LINES && smallerThanTheRest(lines, region, i, j, run)) {
        for (int k = 0; k < run; k++) {
          lines.get(i + k).mark(BlockKind.BOILERPLATE, "box");
          lines.get(j + k).mark(BlockKind.BOILERPLATE, "box");
        }
      }
    }
  }

  /** Whether the lines before both copies are box lines and alike: the run starts earlier. */
  private boolean insideRun(List<Line> lines, int first, int second) {
    return first > 0
        && boxLine(lines.get(first - 1))
        && boxLine(lines.get(second - 1))
        && lines.get(first - 1).key.equals(lines.get(second - 1).key);
  }

  /** Whether the two copies hold fewer words than the region's other body lines. */
  private static boolean smallerThanTheRest(
      List<Line> lines, int[] region, int first, int second, int run) {
    int copies = 0;
    int rest = 0;
    for (int k = region[0]; k < region[1]; k++) {
      Line l = lines.get(k);
      boolean copy = (k >= first && k < first + run) || (k >= second && k < second + run);
      if (copy) {
        copies += l.words;
      } else if (l.kind == BlockKind.BODY) {
        rest += l.words;
      }
    }
    return copies < rest;
  }

  private boolean boxLine(Line l) {
    return (l.kind == BlockKind.BODY || "box".equals(l.reason))
        && l.sentence
        && !l.key.isEmpty()
        && l.text.length() <= limits.promoLineMaxChars();
  }

  /** How many short lines (a section, a date) may stand between a teaser's summary and the next. */
  private static final int TEASER_MAX_GAP = 3;

  /**
   * Other stories' links under one kicker: lines that open with the same label before a bar, {@code
   * repeatedLineMinCount} times or more ("BUDGET 3.0 | Sars gets R4bn to hire debt collectors",
   * "READ ANOTHER STORY HERE | …"), are teasers of a series, whatever follows the bar; so is a
   * teaser's summary right under it when only its section and date (up to {@code TEASER_MAX_GAP}
   * short lines) stand between it and the next teaser of the series.
   */
  void markKickers(List<Line> lines) {
    Map<String, Integer> counts = new HashMap<>();
    for (Line l : lines) {
      String kicker = kicker(l);
      if (kicker != null) {
        counts.merge(kicker, 1, Integer::sum);
      }
    }
    List<Integer> teasers = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      String kicker = kicker(l);
      if (kicker != null && counts.get(kicker) >= limits.repeatedLineMinCount()) {
        l.mark(BlockKind.BOILERPLATE, "related");
        teasers.add(i);
      }
    }
    // a teaser's summary right under its headline, with short lines (its section, its date) and
    // nothing else before the next teaser of the series: a paragraph of the story under a link is
    // followed by more of the story or by the next link right away
    for (int k = 0; k + 1 < teasers.size(); k++) {
      int summary = teasers.get(k) + 1;
      int next = teasers.get(k + 1);
      Line s = lines.get(summary);
      if (s.kind == BlockKind.BODY
          && s.sentence
          && s.words <= limits.teaserSummaryMaxWords()
          && next - summary >= 2
          && next - summary <= TEASER_MAX_GAP + 1
          && shortLinesBetween(lines, summary + 1, next)) {
        s.mark(BlockKind.BOILERPLATE, "related");
      }
    }
  }

  /** Whether the lines from {@code from} to {@code to} are all short (a section, a date). */
  private boolean shortLinesBetween(List<Line> lines, int from, int to) {
    for (int j = from; j < to; j++) {
      if (lines.get(j).words > limits.shortLineMaxWords()) {
        return false;
      }
    }
    return true;
  }

  /** The label before " | " of a headline-sized body line, or null. */
  private String kicker(Line l) {
    int bar = l.text.indexOf(" | ");
    if (l.kind != BlockKind.BODY
        || bar <= 0
        || l.words > limits.headlineMaxWords()
        || Words.count(l.text.substring(0, bar)) > limits.shortLineMaxWords()) {
      return null;
    }
    return LineFingerprint.normalise(l.text.substring(0, bar));
  }

  /**
   * The heads of a comment thread's posts: a short line ending in a colon right before a dateline
   * ("Jane Roe says:" / "6 May 2025 at 11:17", "Philipp sagt:"), whose last word at least one other
   * such line ends in too (the thread's verb, in the page's language). A quote introduced with a
   * colon is followed by the quote, not by a date.
   */
  void markCommentHeads(List<Line> lines) {
    Map<String, List<Line>> byVerb = new HashMap<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.kind == BlockKind.BODY
          && l.text.endsWith(":")
          && l.words >= 2
          && l.words <= limits.shortLineMaxWords()
          && lines.get(i + 1).kind == BlockKind.DATELINE) {
        byVerb.computeIfAbsent(lastWord(l.text), k -> new ArrayList<>()).add(l);
      }
    }
    for (List<Line> heads : byVerb.values()) {
      if (heads.size() >= 2) {
        heads.forEach(h -> h.mark(BlockKind.BOILERPLATE, "comments"));
      }
    }
  }

  private static String lastWord(String text) {
    String t = text.substring(0, text.length() - 1).strip();
    return t.substring(t.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * The keys whose lines are numbered one after another in page order ("Step 1", "Step 2", ...,
   * "Schritt 9"): the heads of a numbered series, not a line of chrome printed many times. Bare
   * numbers are a list's or a gallery's counters.
   */
  private static Map<String, Boolean> numberedSeries(List<Line> lines) {
    Map<String, Integer> next = new HashMap<>();
    Map<String, Boolean> series = new HashMap<>();
    for (Line l : lines) {
      String number = digits(l.text);
      boolean worded = l.key.chars().anyMatch(Character::isLetter); // "Step 1", not a bare "1"
      if (!worded || number.isEmpty() || number.indexOf(' ') >= 0 || number.length() > 3) {
        series.put(l.key, false);
        continue;
      }
      int n = Integer.parseInt(number);
      Integer expected = next.get(l.key);
      boolean inOrder = expected == null ? n <= 1 : n == expected;
      series.merge(l.key, inOrder, Boolean::logicalAnd);
      next.put(l.key, n + 1);
    }
    return series;
  }

  /**
   * A repeat close to the first copy that is a headline, differs only in quote marks or stands
   * before a credit: printed twice by the page, not two paragraphs that happen to be equal.
   */
  private boolean isEcho(List<Line> lines, int first, int repeat) {
    if (repeat - first > limits.echoMaxDistance()) {
      return false;
    }
    Line l = lines.get(repeat);
    if (!digits(l.text).equals(digits(lines.get(first).text))) {
      return false; // "Test case 1", "Test case 2": one of a numbered series, not printed twice
    }
    boolean creditNext =
        repeat + 1 < lines.size() && lines.get(repeat + 1).kind == BlockKind.CREDIT;
    return !l.sentence || creditNext || !l.text.equals(lines.get(first).text);
  }

  private static String digits(String text) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        d.append(c);
      } else if (d.length() > 0 && d.charAt(d.length() - 1) != ' ') {
        d.append(' ');
      }
    }
    return d.toString().strip();
  }

  /** A block right before a credit (or printed twice in a row) is a photo caption. */
  void markCaptions(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.kind == BlockKind.CREDIT && i > 0 && !l.paragraphStart) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).kind == BlockKind.ECHO && !lines.get(j + 1).paragraphStart) {
          j--;
        }
        Line caption = lines.get(j);
        if (caption.kind == BlockKind.BODY && caption.text.length() <= captionMaxChars) {
          caption.mark(BlockKind.CAPTION, "caption");
          caption.value = l.text;
        } else if (caption.kind == BlockKind.CAPTION) {
          caption.value = l.text;
        }
      }
      if (l.kind == BlockKind.ECHO
          && i > 0
          && !l.paragraphStart
          && lines.get(i - 1).key.equals(l.key)
          && lines.get(i - 1).kind == BlockKind.BODY
          && l.text.length() <= captionMaxChars
          && lines.get(i - 1).sentence) {
        lines.get(i - 1).mark(BlockKind.CAPTION, "caption");
      }
    }
  }
}
