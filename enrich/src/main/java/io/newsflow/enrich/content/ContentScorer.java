package io.newsflow.enrich.content;

import io.newsflow.enrich.dom.TextStats;
import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.Texts;
import io.newsflow.enrich.rules.Thresholds;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the elements holding the article: paragraphs vote for their ancestors (more text and
 * commas, less link text, content-ish markup), the best-voted container wins, and siblings that
 * look like more of the same article join it. Works on the element numbers of {@link TextStats}.
 */
public final class ContentScorer {
  private static final int MAX_ALTERNATIVES = 10;

  /**
   * A sentence end: a full stop before a space or the end, or a stop of a script without spaces.
   */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]( |$)|[。！？।؟]");

  private final BoilerplateRules rules;
  private final Thresholds.Html t;

  public ContentScorer(BoilerplateRules rules) {
    this.rules = rules;
    this.t = rules.thresholds().html();
  }

  /**
   * The numbers of the content roots in document order; the body itself when nothing scores.
   *
   * @param declaredBody the page's JSON-LD articleBody, or null: the container of the paragraph it
   *     starts with ranks first, since the page itself says that is the article
   */
  public int[] contentRoots(TextStats stats, boolean useHints, String declaredBody) {
    int body = stats.body();
    Scores scores = score(body, stats, useHints);
    boostDeclaredStart(declaredBody, stats, scores);
    int top = -1;
    double best = 0;
    for (int k = 0; k < scores.count; k++) { // voting order breaks ties the same way every run
      int e = scores.order[k];
      double s = scores.value[e] * (1 - stats.linkDensity(e));
      scores.value[e] = s;
      if (s > best) {
        best = s;
        top = e;
      }
    }
    if (top < 0) {
      return new int[] {body};
    }
    top = widen(top, body, scores, stats);
    int story = firstStory(top, stats);
    if (story != top) {
      return new int[] {story}; // its siblings and copies hold the other stories
    }
    return withRepeatedChunks(top, body, withSiblings(top, body, scores, stats), stats);
  }

  /** Scores by element number, with the order in which elements first got one. */
  private static final class Scores {
    final double[] value;
    final boolean[] has;
    int[] order = new int[256];
    int count;

    Scores(int size) {
      value = new double[size];
      has = new boolean[size];
    }

    double of(int e) {
      return has[e] ? value[e] : 0;
    }

    void put(int e, double v) {
      if (!has[e]) {
        has[e] = true;
        if (count == order.length) {
          order = Arrays.copyOf(order, count * 2);
        }
        order[count++] = e;
      }
      value[e] = v;
    }
  }

  /** Votes of the paragraphs the text walk found, skipping those under boilerplate. */
  private Scores score(int body, TextStats stats, boolean useHints) {
    Scores scores = new Scores(stats.size());
    byte[] clear = new byte[stats.size()]; // 0 not known yet, 1 clear, 2 under boilerplate
    int bodyChars = stats.chars(body);
    int[] chain = new int[32];
    for (int paragraph : stats.paragraphCandidates()) {
      if (pathClear(paragraph, body, stats, bodyChars, useHints, clear, chain)) {
        vote(paragraph, stats, scores);
      }
    }
    return scores;
  }

  /**
   * True when neither the element nor an ancestor below body is boilerplate. Memoised per element,
   * so all paragraphs together cost one visit per ancestor, however deep the page.
   */
  private boolean pathClear(
      int e,
      int body,
      TextStats stats,
      int bodyChars,
      boolean useHints,
      byte[] clear,
      int[] chain) {
    int length = 0;
    byte known = 0;
    for (int cur = e; cur >= 0; cur = stats.parent(cur)) {
      if (cur == body) {
        known = 1;
        break;
      }
      known = clear[cur];
      if (known != 0) {
        break;
      }
      if (length == chain.length) {
        chain = Arrays.copyOf(chain, length * 2);
      }
      chain[length++] = cur;
    }
    boolean ok = known == 1; // (running off the top without meeting body: not content)
    for (int i = length - 1; i >= 0; i--) {
      int link = chain[i];
      ok = ok && !excluded(link, stats, bodyChars, useHints);
      clear[link] = ok ? (byte) 1 : (byte) 2;
    }
    return ok;
  }

  private boolean excluded(int e, TextStats stats, int bodyChars, boolean useHints) {
    String tag = stats.element(e).normalName();
    int chars = stats.chars(e);
    if (rules.isSkipTag(tag) || stats.hidden(e)) {
      return true;
    }
    if (rules.dropTagReason(tag) != null) {
      // One holding most of the page is a wrapper, not the box its tag names: ASP.NET pages
      // put the whole page in one <form>.
      return chars * 2 < bodyChars;
    }
    return useHints
        && chars * 2 < bodyChars
        && rules.hintReason(stats.element(e), stats.profile(e), chars) != null;
  }

  private void vote(int e, TextStats stats, Scores scores) {
    int len = weighted(paragraphChars(e, stats), e, stats);
    if (len < t.minParagraphChars()) {
      return;
    }
    double points =
        1
            + Math.min(stats.commas(e), t.voteMaxCommas())
            + Math.min(len / (double) t.voteCharsPerPoint(), t.voteMaxLengthPoints());
    int ancestor = stats.parent(e);
    for (int level = 0; ancestor >= 0 && level < t.maxAncestorLevels(); level++) {
      if ("html".equals(stats.element(ancestor).normalName())) {
        break;
      }
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      if (!scores.has[ancestor]) {
        scores.put(ancestor, initialScore(ancestor, stats));
      }
      scores.value[ancestor] += points / divider;
      ancestor = stats.parent(ancestor);
    }
  }

  private void boostDeclaredStart(String declaredBody, TextStats stats, Scores scores) {
    String probe = probe(declaredBody);
    if (probe == null) {
      return;
    }
    int checked = 0;
    for (int p : stats.paragraphCandidates()) {
      if (!"p".equals(stats.element(p).normalName()) || checked++ > t.declaredBodyMaxProbes()) {
        continue;
      }
      if (Texts.normalize(stats.element(p).text()).startsWith(probe) && stats.parent(p) >= 0) {
        // The page's own declaration outweighs any score: its container ranks first.
        double best = 0;
        for (int k = 0; k < scores.count; k++) {
          best = Math.max(best, scores.value[scores.order[k]]);
        }
        scores.put(stats.parent(p), best + t.declaredBodyBonus());
        return;
      }
    }
  }

  /** The opening words of the declared body, long enough to be distinctive. */
  private String probe(String declaredBody) {
    if (declaredBody == null) {
      return null;
    }
    int length = t.declaredBodyProbeChars();
    int needed = length * 4;
    if (declaredBody.length() > needed * 2) {
      // The normalised form of a prefix is a prefix of the normalised whole: read only a part.
      String head = Texts.normalize(declaredBody.substring(0, needed * 2));
      if (head.length() >= needed) {
        return head.substring(0, length);
      }
    }
    String text = Texts.normalize(declaredBody);
    return text.length() < needed ? null : text.substring(0, length);
  }

  /** {@code chars} of element {@code e} in Latin-letter equivalents (its script's weight). */
  private static int weighted(int chars, int e, TextStats stats) {
    int all = stats.chars(e);
    int weighted = stats.weightedChars(e);
    return all == 0 || weighted == all ? chars : (int) ((long) chars * weighted / all);
  }

  /** Paragraph-sized text this element contributes itself (not via nested paragraphs). */
  private int paragraphChars(int e, TextStats stats) {
    String tag = stats.element(e).normalName();
    if ("p".equals(tag) || "pre".equals(tag)) {
      return stats.chars(e);
    }
    if (rules.isParagraphTag(tag)) {
      return stats.paragraphs(e) > 0 ? stats.ownChars(e) : stats.chars(e);
    }
    return stats.ownChars(e); // loose text directly in a div is a paragraph too
  }

  private double initialScore(int e, TextStats stats) {
    Element el = stats.element(e);
    return rules.tagScore(el.normalName())
        + rules.classWeight(stats.profile(e))
        + rules.structuralBonus(el);
  }

  /** Moves up while a parent holds about as much article: a split body, or a lone wrapper. */
  private int widen(int top, int body, Scores scores, TextStats stats) {
    int common = commonAncestorOfAlternatives(top, body, scores, stats);
    if (common >= 0) {
      top = common;
    }
    double last = scores.of(top);
    for (int parent = stats.parent(top);
        parent >= 0 && parent != body;
        parent = stats.parent(parent)) {
      if (!scores.has[parent]) {
        continue;
      }
      double ps = scores.value[parent];
      if (ps < last / t.widenMaxScoreDrop()) {
        break;
      }
      if (ps > last) {
        top = parent;
        break;
      }
      last = ps;
    }
    while (stats.parent(top) >= 0
        && stats.parent(top) != body // sizes first: childrenSize builds a list
        && stats.chars(stats.parent(top)) == stats.chars(top)
        && stats.element(stats.parent(top)).childrenSize() == 1) {
      top = stats.parent(top);
    }
    return top;
  }

  private int commonAncestorOfAlternatives(int top, int body, Scores scores, TextStats stats) {
    double topScore = scores.of(top);
    int[] alternatives = new int[MAX_ALTERNATIVES];
    int n = 0;
    for (int k = 0; k < scores.count && n < MAX_ALTERNATIVES; k++) {
      int e = scores.order[k]; // bounded work on pages with thousands of look-alike blocks
      if (e != top && scores.value[e] >= t.alternativeScoreRatio() * topScore) {
        alternatives[n++] = e;
      }
    }
    if (n < t.minAlternatives()) {
      return rivalsAncestor(top, body, topScore, scores, stats);
    }
    for (int parent = stats.parent(top);
        parent >= 0 && parent != body;
        parent = stats.parent(parent)) {
      int contained = 0;
      for (int i = 0; i < n; i++) {
        if (parent < alternatives[i] && alternatives[i] < stats.end(parent)) {
          contained++;
        }
      }
      if (contained >= t.minAlternatives()) {
        return parent;
      }
    }
    return -1;
  }

  /**
   * A body split in two parts that each hold paragraphs (an introduction, then the slides of a
   * slideshow in a container of their own): the best element outside the top, scoring nearly as
   * high and holding at least as much text, makes their common ancestor the content when it is a
   * few levels up. One such rival suffices, where look-alike blocks need {@code minAlternatives}.
   */
  private int rivalsAncestor(int top, int body, double topScore, Scores scores, TextStats stats) {
    int rival = -1;
    for (int k = 0; k < scores.count; k++) {
      int e = scores.order[k];
      boolean apart = e < top ? stats.end(e) <= top : e >= stats.end(top);
      if (apart && (rival < 0 || scores.value[e] > scores.value[rival])) {
        rival = e;
      }
    }
    if (rival < 0
        || scores.value[rival] < t.rivalScoreRatio() * topScore
        || stats.chars(rival) < stats.chars(top)) {
      return -1;
    }
    int parent = stats.parent(top);
    for (int level = 1; level <= t.maxAncestorLevels() && parent >= 0 && parent != body; level++) {
      if (parent < rival && rival < stats.end(parent)) {
        return parent;
      }
      parent = stats.parent(parent);
    }
    return -1;
  }

  /**
   * A container that holds several stories, each an {@code <article>} with its own h1 and text (the
   * next story a page appends under the one asked for, for endless scrolling), narrows to the
   * first: the page's own story comes first.
   */
  private int firstStory(int top, TextStats stats) {
    int first = -1;
    for (int e = top + 1; e < stats.end(top); ) {
      if ("article".equals(stats.element(e).normalName())) {
        if (isStory(e, stats)) {
          if (first >= 0) {
            return first;
          }
          first = e;
        }
        e = stats.end(e); // nested articles (comments, teasers) are part of this one
      } else {
        e++;
      }
    }
    return top;
  }

  /** The element is a story or holds one ({@link #firstStory}'s kind of article). */
  private boolean holdsStory(int e, TextStats stats) {
    for (int d = e; d < stats.end(e); ) {
      if ("article".equals(stats.element(d).normalName())) {
        if (isStory(d, stats)) {
          return true;
        }
        d = stats.end(d);
      } else {
        d++;
      }
    }
    return false;
  }

  private boolean isStory(int article, TextStats stats) {
    if (stats.weightedChars(article) < 2 * t.siblingParagraphMinChars()) {
      return false;
    }
    for (int e = article + 1; e < stats.end(article); e++) {
      if ("h1".equals(stats.element(e).normalName())) {
        return true;
      }
    }
    return false;
  }

  private int[] withSiblings(int top, int body, Scores scores, TextStats stats) {
    int parent = stats.parent(top);
    if (parent < 0 || top == body) {
      return new int[] {top};
    }
    double topScore = scores.of(top);
    double threshold = Math.max(t.siblingMinScore(), topScore * t.siblingScoreRatio());
    String topClass = stats.element(top).className();
    boolean topIsStory = holdsStory(top, stats);
    int[] roots = new int[8];
    int n = 0;
    int subheading = -1; // a plain heading since the last sibling with text
    for (int sibling = parent + 1; sibling < stats.end(parent); sibling = stats.end(sibling)) {
      boolean root;
      if (sibling == top) {
        root = true;
      } else {
        Element el = stats.element(sibling);
        double bonus =
            !topClass.isEmpty() && topClass.equals(el.className())
                ? topScore * t.siblingClassBonus()
                : 0;
        root =
            ((scores.has[sibling] && scores.value[sibling] + bonus >= threshold)
                    || ("p".equals(el.normalName()) && looksLikeProse(sibling, stats)))
                && !(topIsStory && holdsStory(sibling, stats)); // another story, not more of it
      }
      if (root && subheading >= 0 && n > 0) {
        roots = append(roots, n++, subheading); // it heads the part it stands above
      }
      if (root) {
        roots = append(roots, n++, sibling);
        subheading = -1;
      } else if (isSubheading(sibling, stats)) {
        subheading = sibling;
      } else if (stats.chars(sibling) > 0) {
        subheading = -1;
      }
    }
    return Arrays.copyOf(roots, n);
  }

  private static int[] append(int[] values, int n, int value) {
    int[] out = n == values.length ? Arrays.copyOf(values, n * 2) : values;
    out[n] = value;
    return out;
  }

  /** A heading of the story's own: plain text, no links (a teaser box's title is a link). */
  private boolean isSubheading(int e, TextStats stats) {
    String tag = stats.element(e).normalName();
    return rules.isHeading(tag)
        && !"h1".equals(tag)
        && stats.chars(e) > 0
        && stats.linkDensity(e) == 0
        && rules.phraseReason(stats.element(e).text()) == null;
  }

  /**
   * Paragraph continuity: a body split by the page template into several modules (each module a
   * copy of the same wrapper chain around a few paragraphs, with pictures, ads or videos between
   * them). Going up from the top, a sibling of an ancestor with the same tag and class is followed
   * down the same chain; where the chain ends at an element that reads as prose, it is more of the
   * article.
   */
  private int[] withRepeatedChunks(int top, int body, int[] roots, TextStats stats) {
    int[] chain = new int[t.maxAncestorLevels() + 1];
    int[] out = roots;
    int n = roots.length;
    int anc = top;
    for (int level = 0; level <= t.maxAncestorLevels(); level++) {
      chain[level] = anc;
      Element a = stats.element(anc);
      int grand = stats.parent(anc);
      if (grand < 0 || anc == body) {
        break;
      }
      for (int sib = grand + 1;
          !a.className().isEmpty() && sib < stats.end(grand);
          sib = stats.end(sib)) {
        if (sib == anc || contains(out, n, sib) || !sameKind(stats.element(sib), a)) {
          continue;
        }
        int match = follow(sib, chain, level, stats);
        if (match >= 0 && isMoreOfTheArticle(match, stats)) {
          if (n == out.length) {
            out = Arrays.copyOf(out, Math.max(8, n * 2));
          }
          out[n++] = match;
        }
      }
      if (grand == body) {
        break;
      }
      anc = grand;
    }
    return n == roots.length ? roots : Arrays.copyOf(out, n);
  }

  /** Down from {@code from} (the copy of {@code chain[level]}) along children like the chain's. */
  private static int follow(int from, int[] chain, int level, TextStats stats) {
    int cur = from;
    for (int l = level - 1; l >= 0; l--) {
      Element want = stats.element(chain[l]);
      int next = -1;
      for (int c = cur + 1; c < stats.end(cur); c = stats.end(c)) {
        if (sameKind(stats.element(c), want)) {
          next = c;
          break;
        }
      }
      if (next < 0) {
        return -1;
      }
      cur = next;
    }
    return cur;
  }

  /**
   * Same tag and class, numbers aside: templates number their modules ("story-body-1",
   * "story-body-2").
   */
  static boolean sameKind(Element a, Element b) {
    return a.normalName().equals(b.normalName())
        && sameBesidesNumbers(a.className(), b.className());
  }

  /** Equal once every run of digits is read as one wildcard digit run. */
  static boolean sameBesidesNumbers(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        while (i < a.length() && isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && isDigit(b.charAt(j))) {
          j++;
        }
      } else if (x == y) {
        i++;
        j++;
      } else {
        return false;
      }
    }
    return i == a.length() && j == b.length();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Prose: paragraphs of some length, few links (a teaser list of the same template is not). */
  private boolean isMoreOfTheArticle(int e, TextStats stats) {
    return stats.paragraphs(e) > 0
        && stats.weightedChars(e) >= t.siblingParagraphMinChars()
        && stats.linkDensity(e) < t.siblingParagraphMaxLinkDensity();
  }

  private static boolean contains(int[] values, int n, int value) {
    for (int i = 0; i < n; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  private boolean looksLikeProse(int p, TextStats stats) {
    int chars = stats.weightedChars(p);
    double density = stats.linkDensity(p);
    if (chars >= t.siblingParagraphMinChars()) {
      return density < t.siblingParagraphMaxLinkDensity();
    }
    return chars > 0 && density == 0 && SENTENCE_END.matcher(stats.element(p).text()).find();
  }
}
