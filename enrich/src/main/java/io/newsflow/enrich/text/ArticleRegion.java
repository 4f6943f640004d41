package io.newsflow.enrich.text;

import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.Thresholds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Where the article is: the best-scoring contiguous run of blocks, cut short by a comments or
 * related section that follows the body. Immutable and thread-safe.
 */
final class ArticleRegion {
  /** Lines between a teaser's headline and its excerpt, or before the next headline. */
  private static final int EXCERPT_MAX_GAP = 3;

  private final Set<String> sectionEnd;
  private final Thresholds.TextPages limits;
  private final List<String> creditOpeners;
  private final List<String> agencies;

  ArticleRegion(BoilerplateRules rules) {
    this.sectionEnd = Set.copyOf(rules.textPages().sectionEndReasons());
    this.limits = rules.thresholds().textPages();
    List<String> openers = new ArrayList<>(rules.creditPrefixes());
    openers.addAll(rules.textCaptionPrefixes());
    openers.addAll(rules.textPages().sourcePrefixes());
    this.creditOpeners = List.copyOf(openers);
    this.agencies = rules.textPages().creditAgencies();
  }

  /**
   * The best-scoring contiguous run of blocks: prose pays for its line with its words, chrome
   * costs, captions and other metadata lines are neutral. Returns {start, end exclusive}.
   */
  int[] contentRegion(List<Line> lines) {
    long best = 0;
    int bestStart = 0;
    int bestEnd = 0;
    long sum = 0;
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      sum += value(lines.get(i));
      if (sum <= 0) {
        sum = 0;
        start = i + 1;
      } else if (sum > best) {
        best = sum;
        bestStart = start;
        bestEnd = i + 1;
      }
    }
    if (best == 0) {
      return new int[] {
        0, lines.size()
      }; // no prose anywhere (a tiny page): keep what is not chrome
    }
    return new int[] {bestStart, bestEnd};
  }

  /**
   * A line without sentence punctuation pays for itself only when it is as long as a paragraph, an
   * item of a list typed with its markers ("+ Added Slime Block", a wiki footnote's "^ ") or a
   * sentence with a note after it: a list of other stories' headlines or a menu does not outweigh
   * its line breaks, however long its items (their bullets are the stylesheet's, not the text's).
   */
  private long value(Line l) {
    return switch (l.kind) {
      case BODY ->
          l.sentence
                  || l.words >= limits.unpunctuatedProseMinWords()
                  || typedListItem(l.text)
                  || endsInNote(l.text)
              ? l.words - limits.lineCost()
              : Math.min(0, l.words - limits.lineCost());
      // a consent notice stands in for an embedded post or video inside the story: no cost, so it
      // does not split the story (a cookie banner at the page's edge is dropped all the same)
      case BOILERPLATE ->
          "cookie".equals(l.reason) || LineClassifier.EMBED_REASON.equals(l.reason)
              ? 0
              : -limits.boilerplateCost();
      default -> 0;
    };
  }

  /**
   * A sentence with a note after it that is no photo credit nor source ("…上。（编译/林靖东）"): a caption
   * ending in "(AP Photo/Jane Roe)" or "(Quelle: dpa)" is none.
   */
  private boolean endsInNote(String text) {
    String note = TextSplitter.noteAfterSentence(text);
    if (note == null) {
      return false;
    }
    String lower = LineStarts.lower(note).strip();
    if (LineStarts.first(lower, creditOpeners) != null) {
      return false;
    }
    for (String agency : agencies) {
      if (LineClassifier.containsWord(lower, agency)) {
        return false;
      }
    }
    return true;
  }

  /** "+ Added Slime Block", "• …", a wiki footnote's "^ …": a list typed with its markers. */
  static boolean typedListItem(String text) {
    return text.length() > 2 && "+*-•◦▪‣–^".indexOf(text.charAt(0)) >= 0 && text.charAt(1) == ' ';
  }

  private static void endFrom(List<Line> lines, int from, int to, String reason) {
    for (int j = from; j < to; j++) {
      Line rest = lines.get(j);
      if (rest.kind == BlockKind.BODY) {
        rest.mark(BlockKind.BOILERPLATE, reason);
      }
    }
  }

  /**
   * Under a related or newsletter head after the story's body: a list of other stories (at least
   * {@code headlineListMinLines} headline-shaped lines, each perhaps with its one-paragraph summary
   * under it), and then no prose on the story's subject. A box of links in the middle of a story is
   * followed by more of the story, which shares the story's words; the next story of an endless
   * page, a live ticker or teasers do not.
   */
  private boolean endsStory(List<Line> lines, int from, int to, int storyStart) {
    return listEndsStory(lines, from, to, storyStart, false)
        || listEndsStory(lines, from, to, storyStart, true)
        || nextStoryFollows(lines, from, to, storyStart);
  }

  /**
   * Whether the next story of an endless page follows the head: a dateline of its own before the
   * second paragraph after the head, and no paragraph up to it on the story's subject.
   */
  private boolean nextStoryFollows(List<Line> lines, int from, int to, int storyStart) {
    boolean dated = false;
    int paragraphs = 0;
    for (int j = from; j < to; j++) {
      Line l = lines.get(j);
      if (l.kind == BlockKind.DATELINE) {
        dated = true;
      } else if (isSummary(l) && l.kind == BlockKind.BODY) {
        if (sharesStoryWords(lines, storyStart, from, l)) {
          return false;
        }
        if (dated) {
          return true;
        }
        if (++paragraphs >= 2) {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * {@code withSummaries}: a paragraph under a headline, with another headline before the next
   * paragraph, is that teaser's summary and part of the list. A teaser's headline may be short
   * ("Kering verkündet Gewinnwarnung"), but then, like a story's sub-head, it only counts when the
   * summary under it is off the story's subject; a paragraph on the subject longer than {@code
   * teaserSummaryMaxWords} is the story going on. A summary on the subject under a short headline
   * is a related story's teaser when fewer than half the list's summaries are such (a story's
   * sub-heads head paragraphs on its subject, one after another). The last summary, with no prose
   * after it up to the region's end, closes a list of at least {@code headlineListMinLines}
   * teasers.
   */
  private boolean listEndsStory(
      List<Line> lines, int from, int to, int storyStart, boolean withSummaries) {
    int headlines = 0;
    int summaries = 0;
    int onSubjectUnderShort = 0;
    boolean underHeadline = false;
    boolean underFullHeadline = false;
    int j = from;
    for (; j < to; j++) {
      Line l = lines.get(j);
      if (isProse(l)) {
        boolean last = proseFrom(lines, j + 1, to) < 0;
        if (!withSummaries || !underHeadline) {
          break;
        }
        boolean offSubject = !sharesStoryWords(lines, storyStart, from, l);
        if ((!offSubject && l.words > limits.teaserSummaryMaxWords())
            || (!last && !headlineBeforeProse(lines, j + 1, to, true))) {
          break;
        }
        if (!offSubject && !underFullHeadline) {
          onSubjectUnderShort++; // a related story's teaser, or a sub-head over the story
        } else if (!underFullHeadline) {
          headlines++; // the short headline over an off-subject summary
        }
        summaries++;
        underHeadline = false;
        underFullHeadline = false;
        if (last) {
          j = summaries >= limits.headlineListMinLines() ? to : j;
          break;
        }
      } else if (isHeadline(l, withSummaries)) {
        underHeadline = true;
        if (isHeadline(l)) {
          headlines++;
          underFullHeadline = true;
        }
      }
    }
    if (headlines < limits.headlineListMinLines()
        || (onSubjectUnderShort > 0 && onSubjectUnderShort * 2 >= summaries)) {
      return false;
    }
    if (j >= to) {
      return true; // only the list and chrome follow
    }
    Line next = lines.get(j);
    return !sharesStoryWords(lines, storyStart, from, next)
        && !namesStory(lines, storyStart, from, next);
  }

  /**
   * Whether a full paragraph names the story's people, places and organisations: a box of links in
   * the middle of a story is followed by more of it, which may use few of the story's words so far
   * ("The Intercept analysis linked the acebush1 Reddit account to Bushnell ...") but goes on about
   * the names the story repeats; a next story, comments or a teaser name others. A name is a
   * capitalised word that opens no sentence and that the story never writes in lower case.
   */
  private boolean namesStory(List<Line> lines, int storyStart, int storyEnd, Line next) {
    if (next.words < limits.storyNamesMinWords()) {
      return false;
    }
    Map<String, Integer> names = new HashMap<>();
    Set<String> lower = new HashSet<>();
    for (int k = storyStart; k < storyEnd; k++) {
      Line l = lines.get(k);
      if (l.kind == BlockKind.BODY) {
        Words.namesAndLowerCase(l.text, names, lower);
      }
    }
    Map<String, Integer> named = new HashMap<>();
    Words.namesAndLowerCase(next.text, named, new HashSet<>());
    int shared = 0;
    for (String name : named.keySet()) {
      boolean repeated = names.getOrDefault(name, 0) >= 2;
      if (repeated && !lower.contains(name.toLowerCase(Locale.ROOT))) {
        shared++;
      }
    }
    return shared >= limits.storyNamesMin();
  }

  /** The first prose line from {@code from} before {@code to}, or -1. */
  private int proseFrom(List<Line> lines, int from, int to) {
    for (int k = from; k < to; k++) {
      if (isProse(lines.get(k))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether a body line under a section head is the story again: a full paragraph, or a shorter
   * sentence on the story's subject (a box of links in the middle of a story, then its next short
   * paragraph).
   */
  private boolean resumesStory(List<Line> lines, int storyStart, int at, Line l) {
    return l.sentence
        && (l.words >= limits.sectionBodyMinWords()
            || (l.words >= limits.paragraphMinWords()
                && sharesStoryWords(lines, storyStart, at, l)));
  }

  private boolean isProse(Line l) {
    return l.kind == BlockKind.BODY && l.sentence && l.words >= limits.sectionBodyMinWords();
  }

  /** A line shaped like another story's headline: a few words, no full stop (a question may be). */
  private boolean isHeadline(Line l) {
    return isHeadline(l, false);
  }

  /**
   * {@code teaser}: the headline of a teaser, over its summary, may be as short as {@code
   * headlineMinWords} ("Kering verkündet Gewinnwarnung"); a bare headline is longer than a menu's
   * {@code shortLineMaxWords}.
   */
  private boolean isHeadline(Line l, boolean teaser) {
    int minWords = teaser ? limits.headlineMinWords() : limits.shortLineMaxWords() + 1;
    return (l.kind == BlockKind.BODY || l.kind == BlockKind.BOILERPLATE)
        && (!l.sentence || l.text.endsWith("?") || l.text.endsWith("!"))
        && l.words >= minWords
        && l.words <= limits.headlineMaxWords();
  }

  private boolean headlineBeforeProse(List<Line> lines, int from, int to, boolean teaser) {
    for (int k = from; k < to; k++) {
      Line l = lines.get(k);
      if (isProse(l)) {
        return false;
      }
      if (isHeadline(l, teaser)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code next} is on the story's subject: at least {@code storyWordsMinShare} of its
   * content words occur in the story's body lines from {@code storyStart} to {@code storyEnd}. A
   * line with no content words (short words only) is kept.
   */
  private boolean sharesStoryWords(List<Line> lines, int storyStart, int storyEnd, Line next) {
    return sharesWords(lines, storyStart, storyEnd, next, limits.storyWordsMinShare());
  }

  /**
   * Whether at least {@code minShare} of {@code line}'s content words occur in the body lines from
   * {@code from} to {@code to}; true for a line without content words.
   */
  static boolean sharesWords(List<Line> lines, int from, int to, Line line, double minShare) {
    return shares(bodyWords(lines, from, to, k -> false), line.text, minShare);
  }

  /** The content words of the body lines from {@code from} to {@code to}. */
  static Set<String> bodyWords(List<Line> lines, int from, int to) {
    return bodyWords(lines, from, to, k -> false);
  }

  /** The content words of the body lines from {@code from} to {@code to}, but those it skips. */
  private static Set<String> bodyWords(List<Line> lines, int from, int to, IntPredicate skip) {
    Set<String> story = new HashSet<>();
    for (int k = from; k < to; k++) {
      Line l = lines.get(k);
      if (l.kind == BlockKind.BODY && !skip.test(k)) {
        story.addAll(Words.contentWords(l.text));
      }
    }
    return story;
  }

  /** Whether {@code minShare} of the content words of {@code text} are in {@code story}. */
  private static boolean shares(Set<String> story, String text, double minShare) {
    Set<String> words = Words.contentWords(text);
    if (words.isEmpty()) {
      return true;
    }
    int shared = 0;
    for (String w : words) {
      if (story.contains(w)) {
        shared++;
      }
    }
    return shared >= minShare * words.size();
  }

  /**
   * Whether other stories' teasers start at {@code from}, with no head naming them: at least {@code
   * headlineListMinLines} headlines one after another, each with its summary under it, and no
   * summary on the story's subject (a story's sub-heads head paragraphs that share its words; a
   * live ticker's entries under the story, though on other subjects, share some).
   */
  private boolean teasersFrom(List<Line> lines, int from, int to, int storyStart) {
    int teasers = 0;
    int j = from;
    while (j < to && isHeadline(lines.get(j)) && lines.get(j).kind == BlockKind.BODY) {
      int summary = nextBody(lines, j + 1, to);
      if (summary < 0 || !isSummary(lines.get(summary))) {
        break;
      }
      if (sharesStoryWords(lines, storyStart, from, lines.get(summary))) {
        return false;
      }
      teasers++;
      int next = nextBody(lines, summary + 1, to);
      j = next < 0 ? to : next;
    }
    return teasers >= limits.headlineListMinLines();
  }

  /**
   * Whether a list of other stories' bare headlines, with no head naming it, runs from {@code from}
   * to the region's end: at least {@code bareHeadlinesMinLines} headline-shaped lines, at most
   * {@code bareHeadlinesMaxOnSubject} of them sharing the story's words (a section's other stories
   * share a few), and no prose after them. A story's sub-heads and bullet points are followed by
   * more of the story; items typed with their markers are the story's own list.
   */
  private boolean headlinesFrom(List<Line> lines, int from, int to, int storyStart) {
    if (!isHeadline(lines.get(from))) {
      return false;
    }
    int headlines = 0;
    int onSubject = 0;
    for (int j = from; j < to; j++) {
      Line l = lines.get(j);
      if (isProse(l)) {
        return false;
      }
      if (l.kind == BlockKind.BODY && isHeadline(l) && !typedListItem(l.text)) {
        headlines++;
        if (sharesStoryWords(lines, storyStart, from, l)) {
          onSubject++;
        }
      }
    }
    return headlines >= limits.bareHeadlinesMinLines()
        && onSubject <= limits.bareHeadlinesMaxOnSubject() * headlines;
  }

  /**
   * Whether other stories' teasers start at {@code from}, each summary cut short by the site with
   * an ellipsis ("… The trustee is asking…"): at least {@code headlineListMinLines} in a row, each
   * a headline, perhaps an author's name, a date or a category, then its excerpt. A story's own
   * paragraph may trail off, but not under a headline three times over; whatever their subject.
   */
  private boolean excerptsFrom(List<Line> lines, int from, int to) {
    int teasers = 0;
    int j = from;
    while (j < to && isHeadline(lines.get(j), true)) {
      int k = j + 1;
      while (k < to && k <= j + EXCERPT_MAX_GAP && !isSummary(lines.get(k))) {
        k++;
      }
      if (k >= to || !isSummary(lines.get(k)) || !endsInEllipsis(lines.get(k).text)) {
        break;
      }
      teasers++;
      j = k + 1;
      while (j < to && j <= k + EXCERPT_MAX_GAP && !isHeadline(lines.get(j), true)) {
        j++;
      }
    }
    return teasers >= limits.headlineListMinLines();
  }

  /**
   * Whether a comment thread without a head starts at {@code from}: at least {@code
   * headlineListMinLines} posts, each its author's name with its time under it in one paragraph
   * ("Jane Roe" over "2 hours ago", a time the page prints under every post) and then the post's
   * text. A story's sub-head is a paragraph of its own, and a teaser's date follows its headline
   * and its summary.
   */
  private boolean postsFrom(List<Line> lines, int from, int to) {
    if (!postHead(lines, from, to)) {
      return false;
    }
    int posts = 0;
    for (int j = from; j < to; j++) {
      if (postHead(lines, j, to)) {
        posts++;
        j += 2;
      }
    }
    return posts >= limits.headlineListMinLines();
  }

  /** An author's line, the post's time under it in the same paragraph, then a sentence. */
  private boolean postHead(List<Line> lines, int at, int to) {
    if (at + 2 >= to) {
      return false;
    }
    Line author = lines.get(at);
    Line time = lines.get(at + 1);
    Line text = lines.get(at + 2);
    return author.kind == BlockKind.BODY
        && !author.sentence
        && author.words <= limits.fragmentMaxWords()
        && !time.paragraphStart
        && (time.kind == BlockKind.DATELINE || "repeated".equals(time.reason))
        && time.words <= limits.fragmentMaxWords()
        && text.kind == BlockKind.BODY
        && text.sentence;
  }

  /**
   * Whether the comments line at {@code from} is one of the comment counts a box of teasers prints
   * under each headline ("Kommentare: 45 , Empfehlungen: 8"): at least {@code headlineListMinLines}
   * comments lines opening on the same word between the paragraphs around it. A thread's head is
   * followed by its posts, and the lines around it ("Comments", "Join the conversation", "You must
   * be logged in") say different things.
   */
  private boolean teaserCounts(List<Line> lines, int from, int to) {
    int start = from;
    while (start > 0 && !isProse(lines.get(start - 1))) {
      start--;
    }
    int counts = 0;
    for (int j = start; j < to; j++) {
      Line l = lines.get(j);
      if (isProse(l)) {
        break;
      }
      if (l.kind == BlockKind.BOILERPLATE
          && "comments".equals(l.reason)
          && firstWord(l.text).equals(firstWord(lines.get(from).text))) {
        counts++;
      }
    }
    return counts >= limits.headlineListMinLines();
  }

  private static String firstWord(String text) {
    String t = LineStarts.lower(text);
    int start = 0;
    while (start < t.length() && !Character.isLetter(t.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < t.length() && Character.isLetter(t.charAt(end))) {
      end++;
    }
    return t.substring(start, end);
  }

  static boolean endsInEllipsis(String text) {
    String t = text.stripTrailing();
    return t.endsWith("…") || t.endsWith("...");
  }

  /** Lines already marked (a date, a credit, a section) that may stand between related lines. */
  private static final int MARKED_MAX_SKIPPED = 2;

  /**
   * The next body line from {@code from} (before {@code to}), past at most two lines already marked
   * (a date, a credit, the teaser's section), or -1.
   */
  static int nextBody(List<Line> lines, int from, int to) {
    for (int j = from; j < to && j <= from + MARKED_MAX_SKIPPED; j++) {
      if (lines.get(j).kind == BlockKind.BODY) {
        return j;
      }
    }
    return -1;
  }

  /** The last body line up to {@code from} (not before {@code start}), the same way, or -1. */
  static int previousBody(List<Line> lines, int from, int start) {
    for (int j = from; j >= start && j >= from - MARKED_MAX_SKIPPED; j--) {
      if (lines.get(j).kind == BlockKind.BODY) {
        return j;
      }
    }
    return -1;
  }

  private boolean isSummary(Line l) {
    return l.sentence && l.words >= limits.paragraphMinWords();
  }

  /**
   * A box of other stories' headlines between the story's paragraphs, which the story goes on after
   * (the end rules only cut to the region's end): at least {@code headlineRunMinLines}
   * headline-shaped lines ({@link #runLine}) with no paragraph between them (short lines such as
   * "Alle" or "Mehr anzeigen" may be), at most {@code headlineRunMaxOnSubject} of them sharing the
   * words of the story around them. A story's sub-heads stand over paragraphs, one each; its lists
   * of names and figures are rows of a table or start in lower case. The last headline right over
   * the next paragraph is that paragraph's sub-head and stays.
   */
  void markHeadlineRuns(List<Line> lines, int[] region) {
    int i = region[0];
    while (i < region[1]) {
      if (!runLine(lines.get(i))) {
        i++;
        continue;
      }
      int headlines = 0;
      int last = i;
      int j = i;
      for (; j < region[1]; j++) {
        Line l = lines.get(j);
        if (l.kind != BlockKind.BODY) {
          continue;
        }
        if (runLine(l)) {
          headlines++;
          last = j;
        } else if ((l.sentence && l.words >= limits.paragraphMinWords())
            || l.words > limits.headlineMaxWords()) {
          break;
        }
      }
      if (headlines >= limits.headlineRunMinLines()
          && onSubject(lines, region, i, last) <= limits.headlineRunMaxOnSubject() * headlines) {
        int subHead = j < region[1] && nextBodyLine(lines, last + 1, region[1]) == j ? last : -1;
        for (int k = i; k <= last; k++) {
          Line l = lines.get(k);
          if (l.kind == BlockKind.BODY && k != subHead) {
            l.mark(BlockKind.BOILERPLATE, "related");
          }
        }
      }
      i = last + 1;
    }
  }

  /**
   * How many headlines from {@code from} to {@code to} share the words of the story around them.
   */
  private int onSubject(List<Line> lines, int[] region, int from, int to) {
    Set<String> story = bodyWords(lines, region[0], region[1], k -> k >= from && k <= to);
    int onSubject = 0;
    for (int k = from; k <= to; k++) {
      Line l = lines.get(k);
      if (runLine(l)
          && !Words.contentWords(l.text).isEmpty()
          && shares(story, l.text, limits.storyWordsMinShare())) {
        onSubject++;
      }
    }
    return onSubject;
  }

  private static int nextBodyLine(List<Line> lines, int from, int to) {
    for (int k = from; k < to; k++) {
      if (lines.get(k).kind == BlockKind.BODY) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A line shaped like another story's headline in a box: a few words starting with a capital, no
   * full stop (a question, an exclamation or a quoted last word may end it), no list marker, no
   * table row.
   */
  private boolean runLine(Line l) {
    return l.kind == BlockKind.BODY
        && (!l.sentence || l.text.endsWith("?") || l.text.endsWith("!") || endsInQuotedWord(l.text))
        && l.words >= limits.headlineRunMinWords()
        && l.words <= limits.headlineMaxWords()
        && !typedListItem(l.text)
        && Character.isUpperCase(firstLetter(l.text))
        && !tabular(l.text);
  }

  /** A table's row rather than a headline: it ends in a number, or holds two or more. */
  private static boolean tabular(String t) {
    char end = t.charAt(t.length() - 1);
    if (Character.isDigit(end) || end == '%') {
      return true;
    }
    int numbers = 0;
    for (String w : t.split(" ")) {
      if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
        numbers++;
      }
    }
    return numbers >= 2;
  }

  /** A headline ending in a quoted word: {@code DFB-Profi "enttäuscht"}. */
  private static boolean endsInQuotedWord(String t) {
    int k = t.length() - 1;
    while (k > 0 && "\"'“”‘’»«".indexOf(t.charAt(k)) >= 0) {
      k--;
    }
    return k < t.length() - 1 && Character.isLetter(t.charAt(k));
  }

  private static char firstLetter(String t) {
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (Character.isLetter(c)) {
        return c;
      }
    }
    return 'a';
  }

  /**
   * Past a "Related posts" or "Comments" line, only full paragraphs are article text; once the
   * article has had its body, a comments or related section ends it (the comments are prose too).
   */
  void endSections(List<Line> lines, int[] region) {
    String section = null;
    int bodyWords = 0;
    for (int i = region[0]; i < region[1]; i++) {
      Line l = lines.get(i);
      boolean sectionHead =
          l.kind == BlockKind.BOILERPLATE
              && l.reason != null
              && sectionEnd.contains(l.reason)
              && l.words <= limits.shortLineMaxWords();
      // a paywall notice in the story: the rest of it is hidden, what follows is chrome
      if ("paywall".equals(l.reason)) {
        endFrom(lines, i + 1, region[1], l.reason);
        return;
      }
      // "12 Comments", "Leave a reply": a comment thread starts; one word ("Comment") is often a
      // button
      if (sectionHead
          && bodyWords >= limits.sectionCutMinWords()
          && l.reason.equals("comments")
          && l.text.indexOf(' ') > 0
          && !teaserCounts(lines, i, region[1])) {
        endFrom(lines, i + 1, region[1], l.reason);
        return;
      }
      if (sectionHead
          && bodyWords >= limits.sectionCutMinWords()
          && endsStory(lines, i + 1, region[1], region[0])) {
        endFrom(lines, i + 1, region[1], l.reason);
        return;
      }
      if (bodyWords >= limits.sectionCutMinWords() && excerptsFrom(lines, i, region[1])) {
        endFrom(lines, i, region[1], "related");
        return;
      }
      if (bodyWords >= limits.sectionCutMinWords() && postsFrom(lines, i, region[1])) {
        endFrom(lines, i, region[1], "comments");
        return;
      }
      if (section == null
          && bodyWords >= limits.sectionCutMinWords()
          && l.kind == BlockKind.BODY
          && (teasersFrom(lines, i, region[1], region[0])
              || headlinesFrom(lines, i, region[1], region[0]))) {
        endFrom(lines, i, region[1], "related");
        return;
      }
      // a link to the comments by the headline, before the story's body: the thread comes later
      boolean commentsLink = "comments".equals(l.reason) && bodyWords < limits.sectionCutMinWords();
      if (sectionHead && !commentsLink) {
        section = l.reason;
      } else if (section != null && l.kind == BlockKind.BODY) {
        if (resumesStory(lines, region[0], i, l)) {
          section = null;
        } else {
          l.mark(BlockKind.BOILERPLATE, section);
        }
      }
      if (l.kind == BlockKind.BODY && section == null) {
        bodyWords += l.words;
      }
    }
  }
}
