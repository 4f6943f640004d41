package io.newsflow.enrich.text;

import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.Thresholds;
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
        for (int j = i + 1; j < region[1]; j++) {
          Line rest = lines.get(j);
          if (rest.kind == BlockKind.BODY) {
            rest.mark(BlockKind.BOILERPLATE, l.reason);
          }
        }
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
