package io.newsflow.enrich.text;

import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.article.Figure;
import io.newsflow.enrich.article.RemovedBlock;
import io.newsflow.enrich.rules.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the classified blocks and the article region into the {@link Extraction}: the headline, the
 * body and its markdown, captions as images, byline, dateline and source note as metadata,
 * everything else as removed blocks with their reason. Immutable and thread-safe.
 */
final class TextArticleBuilder {
  private final Thresholds.TextPages limits;

  TextArticleBuilder(Thresholds.TextPages limits) {
    this.limits = limits;
  }

  /**
   * The extraction of the classified lines, the article being {@code region} ({start, end
   * exclusive}).
   */
  Extraction assemble(List<Line> lines, int[] region, String siteName, UrlSlug slug) {
    int firstParagraph = firstParagraph(lines, region);
    int title = firstParagraph < 0 ? -1 : titleIndex(lines, firstParagraph, slug, region[1]);
    int[] lead = lead(lines, region, title);
    String titleKey = title < 0 ? null : lines.get(title).key;
    List<String> body = new ArrayList<>();
    StringBuilder markdown = new StringBuilder();
    List<Figure> images = new ArrayList<>();
    List<RemovedBlock> removed = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    String published = null;
    String attribution = null;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      boolean inRegion = i >= region[0] && i < region[1] || i >= lead[0] && i < lead[1];
      if (i == title || (titleKey != null && l.key.equals(titleKey))) {
        removed.add(new RemovedBlock("title", l.text));
        continue;
      }
      switch (l.kind) {
        case BODY -> {
          if (inRegion) {
            body.add(l.text);
            if (markdown.length() > 0) {
              markdown.append("\n\n");
            }
            boolean isLead = i >= lead[0] && i < lead[1];
            markdown.append(isHeading(l) && !isLead ? "## " : "").append(l.text);
          } else {
            removed.add(new RemovedBlock("not-content", l.text));
          }
        }
        case CAPTION -> {
          images.add(new Figure(null, l.text, l.value));
          removed.add(new RemovedBlock("caption", l.text));
        }
        case BYLINE -> {
          if (authors.isEmpty()) {
            authors.addAll(List.of(l.value.split("\n")));
          }
          removed.add(new RemovedBlock("byline", l.text));
        }
        case DATELINE -> {
          published = published == null ? l.value : published;
          removed.add(new RemovedBlock("dateline", l.text));
        }
        case ATTRIBUTION -> {
          attribution = attribution == null ? l.text : attribution;
          removed.add(new RemovedBlock("source", l.text));
        }
        case CREDIT -> {
          if (!creditOfCaption(lines, i, limits.captionCreditMaxDistance())) {
            removed.add(new RemovedBlock("credit", l.text));
          }
        }
        case ECHO -> removed.add(new RemovedBlock("duplicate", l.text));
        case BOILERPLATE -> removed.add(new RemovedBlock(l.reason, l.text));
      }
    }
    String titleText = title < 0 ? null : lines.get(title).text;
    return new Extraction(
        titleText,
        siteName,
        authors,
        published,
        null,
        null,
        null,
        null,
        body,
        images,
        removed,
        markdown.toString(),
        null,
        null,
        List.of(),
        attribution);
  }

  /**
   * The story's lead (standfirst) printed right under the headline and set apart from the story by
   * the page's chrome (a byline, a date, share buttons, a photo and its caption): the line right
   * under the title (past copies of it) when it is a sentence longer than a short line or a line of
   * a paragraph's words, shares the story's words, is not a caption whose credit the page prints
   * again on the next line, and only lines that are no paragraph, at most {@code leadMaxGap} of
   * them and at least one, stand between it and the region. Returns {start, end exclusive}, empty
   * when there is none.
   */
  private int[] lead(List<Line> lines, int[] region, int title) {
    int[] none = {0, 0};
    if (title < 0 || title >= region[0]) {
      return none;
    }
    int at = title + 1;
    while (at < region[0] && lines.get(at).kind == BlockKind.ECHO) {
      at++;
    }
    int gap = region[0] - at - 1;
    if (gap < 1 || gap > limits.leadMaxGap() || !leadShaped(lines.get(at))) {
      return none;
    }
    String text = lines.get(at).text.strip();
    String next = lines.get(at + 1).text.strip();
    if (!next.isEmpty() && next.length() < text.length() && text.endsWith(next)) {
      return none; // a caption, its credit printed again under it
    }
    for (int i = at + 1; i < region[0]; i++) {
      Line l = lines.get(i);
      if (l.kind == BlockKind.BODY && l.sentence && l.words >= limits.paragraphMinWords()) {
        return none;
      }
    }
    boolean onSubject =
        ArticleRegion.sharesWords(
            lines, region[0], region[1], lines.get(at), limits.storyWordsMinShare());
    return onSubject ? new int[] {at, at + 1} : none;
  }

  private boolean leadShaped(Line l) {
    return l.kind == BlockKind.BODY
        && (l.sentence
            ? l.words > limits.shortLineMaxWords()
            : l.words >= limits.paragraphMinWords());
  }

  private static boolean creditOfCaption(List<Line> lines, int credit, int maxDistance) {
    for (int j = credit - 1; j >= 0 && j >= credit - maxDistance; j--) {
      if (lines.get(j).kind == BlockKind.CAPTION) {
        return true;
      }
    }
    return false;
  }

  private boolean isHeading(Line l) {
    return !l.sentence
        && l.words >= 1
        && l.words <= limits.headlineMaxWords()
        && l.text.length() <= limits.headingMaxChars();
  }

  /**
   * The headline: the heading-shaped block before the first paragraph of the article that holds
   * most of the URL slug's words; without such a block the one that names the story's subject;
   * without that, one shortly before the first paragraph, preferring one the page prints twice. -1
   * when the page has none (a bare text dump).
   */
  private int titleIndex(List<Line> lines, int firstParagraph, UrlSlug slug, int end) {
    int bySlug = slug.isEmpty() ? -1 : slugHeadline(lines, firstParagraph, slug);
    if (bySlug >= 0) {
      return bySlug;
    }
    int bySubject = subjectHeadline(lines, firstParagraph, end);
    if (bySubject >= 0) {
      return bySubject;
    }
    int candidate = -1;
    for (int i = firstParagraph - 1;
        i >= 0 && i >= firstParagraph - limits.headlineLookBack();
        i--) {
      Line l = lines.get(i);
      if (!headingShaped(l)) {
        continue;
      }
      if (l.kind == BlockKind.ECHO) {
        return firstWithKey(lines, l.key);
      }
      if (candidate < 0) {
        candidate = i;
      }
    }
    return candidate;
  }

  /** The region's first paragraph: a sentence of paragraph length; -1 when it has none. */
  private int firstParagraph(List<Line> lines, int[] region) {
    for (int i = region[0]; i < region[1]; i++) {
      Line l = lines.get(i);
      if (l.kind == BlockKind.BODY && l.sentence && l.words >= limits.paragraphMinWords()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The heading before {@code firstParagraph} (up to {@code headlineSlugLookBack} lines up) that
   * holds the largest share of the slug's words, at least {@code headlineSlugMinShare} and two of
   * them; the nearest to the paragraph of equals. -1 when none does.
   */
  private int slugHeadline(List<Line> lines, int firstParagraph, UrlSlug slug) {
    int best = -1;
    int bestShared = Math.max(2, (int) Math.ceil(limits.headlineSlugMinShare() * slug.size()));
    for (int i = firstParagraph - 1;
        i >= 0 && i >= firstParagraph - limits.headlineSlugLookBack();
        i--) {
      Line l = lines.get(i);
      if (headingShaped(l)) {
        int shared = slug.shared(l.text);
        if (shared > bestShared || shared == bestShared && best < 0) {
          best = i;
          bestShared = shared;
        }
      }
    }
    return best < 0 || lines.get(best).kind != BlockKind.ECHO
        ? best
        : firstWithKey(lines, lines.get(best).key);
  }

  /**
   * The heading before {@code firstParagraph} (up to {@code headlineSlugLookBack} lines up) whose
   * content words the story repeats most: more than {@code headlineSubjectMinShare} of them and
   * {@code headlineSubjectMinWords}. A headline names the story's subject; the chrome around it
   * ("Write a comment", "0:00 / 0:00", "I tuoi preferiti") and other stories' teasers do not. The
   * nearest of equals; -1 when none does.
   */
  private int subjectHeadline(List<Line> lines, int firstParagraph, int end) {
    Set<String> story = ArticleRegion.bodyWords(lines, firstParagraph, end);
    int best = -1;
    double bestShare = limits.headlineSubjectMinShare();
    for (int i = firstParagraph - 1;
        i >= 0 && i >= firstParagraph - limits.headlineSlugLookBack();
        i--) {
      Line l = lines.get(i);
      if (!headingShaped(l)) {
        continue;
      }
      Set<String> words = Words.contentWords(l.text);
      int shared = 0;
      for (String w : words) {
        if (story.contains(w)) {
          shared++;
        }
      }
      double share = words.isEmpty() ? 0 : (double) shared / words.size();
      if (shared >= limits.headlineSubjectMinWords() && share > bestShare) {
        best = i;
        bestShare = share;
      }
    }
    return best < 0 || lines.get(best).kind != BlockKind.ECHO
        ? best
        : firstWithKey(lines, lines.get(best).key);
  }

  private boolean headingShaped(Line l) {
    return (l.kind == BlockKind.BODY || l.kind == BlockKind.ECHO)
        && l.words >= limits.headlineMinWords()
        && l.words <= limits.headlineMaxWords()
        && (!l.sentence || l.text.endsWith("?") || l.text.endsWith("!"))
        && l.text.length() <= limits.headlineMaxChars();
  }

  private static int firstWithKey(List<Line> lines, String key) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).key.equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
