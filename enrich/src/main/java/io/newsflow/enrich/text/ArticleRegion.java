package io.newsflow.enrich.text;

import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.Thresholds;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the article is: the best-scoring contiguous run of blocks, cut short by a comments or
 * related section that follows the body. Immutable and thread-safe.
 */
final class ArticleRegion {
  private final Set<String> sectionEnd;
  private final Thresholds.TextPages limits;

  ArticleRegion(BoilerplateRules rules) {
    this.sectionEnd = Set.copyOf(rules.textPages().sectionEndReasons());
    this.limits = rules.thresholds().textPages();
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

  private long value(Line l) {
    return switch (l.kind) {
      case BODY -> l.words - limits.lineCost();
      case BOILERPLATE -> -limits.boilerplateCost();
      default -> 0;
    };
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
   * {@code headlineListMinLines} headline-shaped lines before any sentence), and then no prose on
   * the story's subject. A box of links in the middle of a story is followed by more of the story,
   * which shares the story's words; the next story of an endless page, a live ticker or teasers do
   * not.
   */
  private boolean endsStory(List<Line> lines, int from, int to, int storyStart) {
    int headlines = 0;
    int j = from;
    for (; j < to; j++) {
      Line l = lines.get(j);
      if (l.sentence && l.words >= limits.sectionBodyMinWords()) {
        break;
      }
      if (l.kind == BlockKind.BODY || l.kind == BlockKind.BOILERPLATE) {
        if (!l.sentence
            && l.words > limits.shortLineMaxWords()
            && l.words <= limits.headlineMaxWords()) {
          headlines++;
        }
      }
    }
    if (headlines < limits.headlineListMinLines()) {
      return false;
    }
    if (j >= to) {
      return true; // only the list and chrome follow
    }
    Set<String> story = new HashSet<>();
    for (int k = storyStart; k < from; k++) {
      Line l = lines.get(k);
      if (l.kind == BlockKind.BODY) {
        story.addAll(Words.contentWords(l.text));
      }
    }
    Set<String> next = Words.contentWords(lines.get(j).text);
    if (next.isEmpty()) {
      return false; // a script without spaces: no word to compare, keep the text
    }
    int shared = 0;
    for (String w : next) {
      if (story.contains(w)) {
        shared++;
      }
    }
    return shared < limits.storyWordsMinShare() * next.size();
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
      // "12 Comments", "Leave a reply": a comment thread starts; one word ("Comment") is often a
      // button
      if (sectionHead
          && bodyWords >= limits.sectionCutMinWords()
          && l.reason.equals("comments")
          && l.text.indexOf(' ') > 0) {
        endFrom(lines, i + 1, region[1], l.reason);
        return;
      }
      if (sectionHead
          && bodyWords >= limits.sectionCutMinWords()
          && endsStory(lines, i + 1, region[1], region[0])) {
        endFrom(lines, i + 1, region[1], l.reason);
        return;
      }
      if (sectionHead) {
        section = l.reason;
      } else if (section != null && l.kind == BlockKind.BODY) {
        if (l.sentence && l.words >= limits.sectionBodyMinWords()) {
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
