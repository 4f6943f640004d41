package io.newsflow.enrich.text;

import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.Thresholds;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page furniture between and over the story's paragraphs that says when, how long or where else,
 * not what: a teaser's age on a line of its own ("14 hours ago", "•vor 2 Std.", "Last updated 6
 * hours ago", {@code relativeTimes}), with the teaser's headline right over it and a video label
 * over that ("WATCH | …:" / "Some Palestinians worry …" / "14 hours ago"); a video's length under
 * its title ("… Hertha-Frust" / "50:55", "01:48 min"); a video teaser's line opening with its label
 * before a colon or bar ("WATCH | Finance minister delivers budget speech", "Video | …", {@code
 * videoLabels}), run into the title or length ("Watch NowContestants race …", "VIDEO4:42") or
 * closing it after a dash ("… after deadly fire – video"); one other story's teaser under its label
 * ("Lest auch" / headline / an excerpt cut short with "…", or "READ NEXT: …" on one line, {@code
 * teaserLabels}), after which the story goes on, where a related head would end it; and the story's
 * reading time ("3 Min Lesezeit", "Temps de lecture 4 min.", "Jane Roe 2 minutes read", {@code
 * readingTimes}). A story's own sub-head is never followed by an age or a length, and a story does
 * not open a line with "Watch:" and a bar. Marked once the article region is found, so the region
 * is the same. Immutable and thread-safe.
 */
final class TeaserStamps {
  /** A stamp's line: the age and up to two words before it ("Last updated", "Published"). */
  private static final int STAMP_MAX_OTHER_WORDS = 2;

  /** A video's length alone on its line: "50:55", "01:48 min", "1:02:45". */
  private static final Pattern DURATION =
      Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*min\\.?)?", Pattern.CASE_INSENSITIVE);

  /** A video label after a dash or bar closing a headline: "… – video", "… | Video". */
  private static final Pattern VIDEO_SUFFIX = Pattern.compile("\\s[–|-]\\s\\S+$");

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}#]+");
  private static final Pattern NUMBER = Pattern.compile("\\p{N}+");

  private final Thresholds.TextPages limits;
  private final List<String> videoLabels;
  private final List<String> teaserLabels;
  private final Set<String> videoLines;
  private final List<String> relativeTimes;
  private final List<String> readingTimes;

  TeaserStamps(BoilerplateRules rules) {
    this.limits = rules.thresholds().textPages();
    this.videoLabels = rules.textPages().videoLabels();
    this.teaserLabels = rules.textPages().teaserLabels();
    this.videoLines = Set.copyOf(rules.textPages().videoLines());
    this.relativeTimes = normalised(rules.textPages().relativeTimes());
    this.readingTimes = normalised(rules.textPages().readingTimes());
  }

  /**
   * Marks the stamps, their teasers and the video teasers among the region's lines. An age counts
   * after the story's first paragraph only: over it, it is the story's own ("Published 3 hours ago"
   * under the headline).
   */
  void mark(List<Line> lines, int[] region) {
    boolean pastFirstParagraph = false;
    for (int i = region[0]; i < region[1]; i++) {
      Line l = lines.get(i);
      if (l.kind != BlockKind.BODY) {
        continue;
      }
      boolean small = l.text.length() <= limits.bylineMaxChars();
      String key = small ? key(l.text) : "";
      if (small && pastFirstParagraph && isAge(key)) {
        l.mark(BlockKind.BOILERPLATE, "teaser");
        int headline = i - 1;
        if (headline >= region[0] && teaserHeadline(lines.get(headline))) {
          lines.get(headline).mark(BlockKind.BOILERPLATE, "teaser");
          int label = headline - 1;
          if (label >= region[0] && videoTeaser(lines.get(label))) {
            lines.get(label).mark(BlockKind.BOILERPLATE, "video");
          }
        }
      } else if (small
          && pastFirstParagraph
          && DURATION.matcher(l.text.strip()).matches()
          && teaserAbove(lines, i, region[0]) >= 0) {
        // a video teaser's length under its title (and its credit or source)
        lines.get(teaserAbove(lines, i, region[0])).mark(BlockKind.BOILERPLATE, "video");
        l.mark(BlockKind.BOILERPLATE, "video");
      } else if (small
          && l.words <= limits.linkLineMaxWords()
          && containsWords(key, readingTimes)) {
        l.mark(BlockKind.BOILERPLATE, "reading-time");
      } else if (small && videoLines.contains(Words.wholeLine(l.text))) {
        l.mark(BlockKind.BOILERPLATE, "video");
      } else if (videoTeaser(l)) {
        l.mark(BlockKind.BOILERPLATE, "video");
      } else if (labelOnly(l)) {
        l.mark(BlockKind.BOILERPLATE, "related");
        int headline = ArticleRegion.nextBody(lines, i + 1, region[1]);
        if (headline >= 0 && teaserHeadline(lines.get(headline))) {
          lines.get(headline).mark(BlockKind.BOILERPLATE, "related");
          i = headline;
          int excerpt = ArticleRegion.nextBody(lines, headline + 1, region[1]);
          if (excerpt >= 0 && ArticleRegion.endsInEllipsis(lines.get(excerpt).text)) {
            lines.get(excerpt).mark(BlockKind.BOILERPLATE, "related");
            i = excerpt;
          }
        }
      } else if (labelled(l, teaserLabels)) {
        l.mark(BlockKind.BOILERPLATE, "related");
      } else if (l.sentence && l.words >= limits.paragraphMinWords()) {
        pastFirstParagraph = true;
      }
    }
  }

  /** The body line above {@code i} when it is shaped as a teaser's headline, else -1. */
  private int teaserAbove(List<Line> lines, int i, int from) {
    int above = ArticleRegion.previousBody(lines, i - 1, from);
    return above >= 0 && teaserHeadline(lines.get(above)) ? above : -1;
  }

  /** A line lower-cased, punctuation as single spaces, numbers as "#": "vor # std". */
  static String key(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String numbered = NUMBER.matcher(lower).replaceAll("#");
    return NOT_WORD.matcher(numbered).replaceAll(" ").strip();
  }

  private static List<String> normalised(List<String> phrases) {
    return phrases.stream().map(TeaserStamps::key).toList();
  }

  /** Whether the key ends in an age with at most two other words, none a number, before it. */
  private boolean isAge(String key) {
    for (String age : relativeTimes) {
      if (key.endsWith(age)) {
        String rest = key.substring(0, key.length() - age.length());
        if (rest.isEmpty()) {
          return true;
        }
        if (rest.endsWith(" ")
            && !rest.contains("#")
            && Words.count(rest) <= STAMP_MAX_OTHER_WORDS) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one of the phrases occurs in the key as whole words (anywhere without spaces). */
  private static boolean containsWords(String key, List<String> phrases) {
    String padded = " " + key + " ";
    for (String p : phrases) {
      if (p.indexOf(' ') < 0 && !p.isEmpty() && !Character.isLetterOrDigit(p.charAt(0))
          ? key.contains(p)
          : padded.contains(" " + p + " ")) {
        return true;
      }
    }
    return false;
  }

  /** A teaser's headline over its age: a body line of a headline's size, no sentence. */
  private boolean teaserHeadline(Line l) {
    return l.kind == BlockKind.BODY
        && l.words >= 2
        && l.words <= limits.headlineMaxWords()
        && (!l.sentence || l.text.endsWith("?"))
        && l.text.length() <= limits.headlineMaxChars();
  }

  /**
   * A video teaser: a body line of a headline's size opening with a video label before a colon or
   * bar, and something after it ("WATCH | …", "Video: …").
   */
  private boolean videoTeaser(Line l) {
    if (labelled(l, videoLabels)) {
      return true;
    }
    if (l.kind != BlockKind.BODY
        || l.words > limits.headlineMaxWords()
        || l.text.length() > limits.promoLineMaxChars()) {
      return false;
    }
    String t = l.text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    for (String label : videoLabels) {
      int n = label.length();
      if (lower.startsWith(label) && t.length() > n) {
        // the label run into the title or the length: "Watch NowContestants race …", "VIDEO4:42"
        char last = t.charAt(n - 1);
        char next = t.charAt(n);
        if (Character.isDigit(next) || Character.isLowerCase(last) && Character.isUpperCase(next)) {
          return true;
        }
      }
      if (!l.sentence && VIDEO_SUFFIX.matcher(lower).find() && lower.endsWith(label)) {
        return true; // "Firefighters search the block after the fire – video"
      }
    }
    return false;
  }

  /** A teaser's label on a line of its own ("Lest auch", "Czytaj więcej:"). */
  private boolean labelOnly(Line l) {
    if (l.kind != BlockKind.BODY || l.words > limits.fragmentMaxWords()) {
      return false;
    }
    return teaserLabels.contains(Words.wholeLine(l.text));
  }

  /**
   * A body line of a headline's size opening with one of the labels before a colon or bar, and
   * something after it ("WATCH | …", "READ NEXT: …").
   */
  private boolean labelled(Line l, List<String> labels) {
    if (l.kind != BlockKind.BODY
        || l.words > limits.headlineMaxWords()
        || l.text.length() > limits.promoLineMaxChars()) {
      return false;
    }
    String lower = l.text.strip().toLowerCase(Locale.ROOT);
    for (String label : labels) {
      if (lower.startsWith(label)) {
        String rest = lower.substring(label.length()).stripLeading();
        if ((rest.startsWith(":") || rest.startsWith("|")) && Words.count(rest.substring(1)) > 0) {
          return true;
        }
      }
    }
    return false;
  }
}
