package io.newsflow.enrich.text;

import io.newsflow.enrich.extract.BoilerplateRules;
import io.newsflow.enrich.extract.Extraction;
import io.newsflow.enrich.extract.Figure;
import io.newsflow.enrich.extract.RemovedBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Main-content extraction for pages that arrive as text, one block a line (innerText, reader
 * dumps, copy-paste archives). Each block is classified from its shape, the phrase lexicon, its
 * repetition inside the page and the site's memory; the article is the stretch of the page where
 * prose outweighs line breaks (the best-scoring contiguous run of blocks), without the blocks
 * classified as chrome. Captions and credits go to images, a byline to the authors, a dateline to
 * the published time, a source note to the source attribution. Immutable and thread-safe.
 */
public final class TextCleaner {
  private static final Set<String> SECTION_END = Set.of("related", "comments", "newsletter", "author", "tags");

  private final BoilerplateRules lexicon;
  private final TextRules rules;
  private final TextRules.Limits limits;
  private final TextSplitter splitter;
  private final DatelineParser dates;

  public TextCleaner(BoilerplateRules lexicon, TextRules rules) {
    this.lexicon = lexicon;
    this.rules = rules;
    this.limits = rules.thresholds();
    this.splitter = new TextSplitter(rules);
    this.dates = new DatelineParser(rules);
  }

  public static TextCleaner withDefaultRules() {
    return new TextCleaner(
        BoilerplateRules.fromClasspath(BoilerplateRules.DEFAULT_RESOURCE), TextRules.fromClasspath(TextRules.DEFAULT_RESOURCE));
  }

  /** One block and what was decided about it. */
  private static final class Line {
    final String text;
    final boolean paragraphStart;
    final int words;
    final boolean sentence;
    final String key;
    BlockKind kind = BlockKind.BODY;
    String reason;
    String value; // the parsed date, author list or credit

    Line(TextBlock block) {
      this.text = block.text();
      this.paragraphStart = block.paragraphStart();
      this.words = Words.count(text);
      this.sentence = TextSplitter.endsSentence(text);
      this.key = LineFingerprint.normalise(text.length() > 2000 ? text.substring(0, 2000) : text);
    }

    void mark(BlockKind k, String why) {
      kind = k;
      reason = why;
    }
  }

  /** Cleans one page; {@code memory} says which lines the site has shown on many pages. */
  public TextCleaning clean(String text, String siteName, SiteMemory memory) {
    List<TextBlock> blocks = splitter.split(text);
    List<Line> lines = new ArrayList<>(blocks.size());
    for (TextBlock b : blocks) {
      lines.add(new Line(b));
    }
    Set<String> fingerprints = new LinkedHashSet<>();
    for (Line line : lines) {
      if (line.text.length() <= limits.maxFingerprintChars()) {
        String fp = LineFingerprint.of(line.text);
        fingerprints.add(fp);
        if (memory.isChrome(fp)) {
          line.mark(BlockKind.BOILERPLATE, "site-memory");
        }
      }
      if (line.kind == BlockKind.BODY) {
        classifyByShape(line);
      }
    }
    markRepeats(lines);
    markCaptions(lines);
    int[] region = contentRegion(lines);
    endSections(lines, region);
    return new TextCleaning(assemble(lines, region, siteName), new ArrayList<>(fingerprints));
  }

  private void classifyByShape(Line line) {
    String t = line.text;
    String lower = TextRules.lower(t.length() > 400 ? t.substring(0, 400) : t);
    int n = t.length();
    String phrase = lexicon.phraseReason(t);
    if (phrase != null) {
      line.mark(BlockKind.BOILERPLATE, phrase);
    } else if (n <= 200 && isCommentLine(lower)) {
      line.mark(BlockKind.BOILERPLATE, "comments");
    } else if (TextRules.startsWithAny(lower, rules.promoPhrases()) != null && n <= 300) {
      line.mark(BlockKind.BOILERPLATE, "promo");
    } else if (isLink(lower, line.words)) {
      line.mark(BlockKind.BOILERPLATE, "links");
    } else if (isAttribution(t, lower)) {
      line.mark(BlockKind.ATTRIBUTION, "source");
    } else if (isCredit(t, lower)) {
      line.mark(BlockKind.CREDIT, "credit");
    } else if (n <= limits.captionMaxChars() && TextRules.startsWithAny(lower, rules.captionPrefixes()) != null) {
      line.mark(BlockKind.CAPTION, "caption");
    } else if (n <= limits.bylineMaxChars() && bylineAuthors(t, lower) != null) {
      line.mark(BlockKind.BYLINE, "byline");
      line.value = bylineAuthors(t, lower);
    } else {
      String date = dates.parse(t, limits.datelineMaxChars());
      if (date != null) {
        line.mark(BlockKind.DATELINE, "dateline");
        line.value = date;
      }
    }
  }

  /** "Leave a reply", "Your email address will not be published", "There are 13 comments". */
  private boolean isCommentLine(String lower) {
    String p = TextRules.startsWithAny(lower, rules.commentPhrases());
    return p != null && (!p.equals("there are") || lower.matches("there are \\d+ (comments|responses|replies).*"));
  }

  private static boolean isLink(String lower, int words) {
    boolean url = lower.contains("http://") || lower.contains("https://") || lower.contains("www.");
    return url && words <= 12;
  }

  private boolean isAttribution(String t, String lower) {
    if (t.length() > limits.attributionMaxChars()) {
      return false;
    }
    String inner = lower;
    if (bracketed(t)) {
      inner = lower.substring(1, lower.length() - 1).strip();
    }
    if (TextRules.startsWithAny(inner, rules.sourcePrefixes()) != null) {
      return true;
    }
    return bracketed(t) && TextRules.startsWithAny(inner, rules.sourceSentences()) != null;
  }

  private static boolean bracketed(String t) {
    int n = t.length();
    return n >= 3 && ((t.charAt(0) == '(' && t.charAt(n - 1) == ')') || (t.charAt(0) == '[' && t.charAt(n - 1) == ']'));
  }

  /** "(Ann Wang/Reuters)", "Photo: Kremlin.ru", "(Pool photo via Getty Images)". */
  private boolean isCredit(String t, String lower) {
    if (t.length() > limits.captionMaxChars()) {
      return false;
    }
    if (lexicon.isCreditText(t) || (TextRules.startsWithAny(lower, rules.creditPrefixes()) != null && Words.count(t) <= 8)) {
      return true;
    }
    if (bracketed(t) && Words.count(t) <= 8) {
      for (String agency : rules.creditAgencies()) {
        if (containsWord(lower, agency)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean containsWord(String lower, String word) {
    int i = lower.indexOf(word);
    while (i >= 0) {
      int end = i + word.length();
      boolean startOk = i == 0 || !Character.isLetter(lower.charAt(i - 1));
      boolean endOk = end == lower.length() || !Character.isLetter(lower.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      i = lower.indexOf(word, i + 1);
    }
    return false;
  }

  /** "By Jane Doe and Tom Roe", "Edited by Mat Pennington." as "Jane Doe\nTom Roe", else null. */
  private String bylineAuthors(String t, String lower) {
    String prefix = TextRules.startsWithAny(lower, rules.bylinePrefixes());
    if (prefix == null) {
      return null;
    }
    String names = t.substring(prefix.length()).replaceAll("^[\\s:,-]+|[\\s.,;|]+$", "")
        .replaceFirst("\\s+(?:on|·|\\||—|–)\\s.*$", ""); // "Jane Doe on March 10, 2015", "Jane Doe · 4 min read"
    if (names.isEmpty() || Words.count(names) > 10 || Words.titleCaseShare(names.replaceAll("\\b(and|und|et|y)\\b", "")) < 0.75) {
      return null;
    }
    List<String> authors = new ArrayList<>();
    for (String name : names.split("\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*")) {
      if (!name.isBlank()) {
        authors.add(name.strip());
      }
    }
    return authors.isEmpty() ? null : String.join("\n", authors);
  }

  /**
   * A block repeating an earlier one is an echo (the headline printed twice, a caption with
   * different quote marks); a short line printed three or more times is chrome (a site name
   * under every related post).
   */
  private void markRepeats(List<Line> lines) {
    Map<String, Integer> counts = new HashMap<>();
    for (Line l : lines) {
      if (!l.key.isEmpty()) {
        counts.merge(l.key, 1, Integer::sum);
      }
    }
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
      if (counts.get(l.key) >= 3 && l.words <= limits.repeatedLineMaxWords()) {
        l.mark(BlockKind.BOILERPLATE, "repeated");
      } else if (previous != null && isEcho(lines, previous, i)) {
        l.mark(BlockKind.ECHO, "duplicate");
      }
    }
  }

  /**
   * A repeat close to the first copy that is a headline, differs only in quote marks or stands
   * before a credit: printed twice by the page, not two paragraphs that happen to be equal.
   */
  private boolean isEcho(List<Line> lines, int first, int repeat) {
    if (repeat - first > 3) {
      return false;
    }
    Line l = lines.get(repeat);
    boolean creditNext = repeat + 1 < lines.size() && lines.get(repeat + 1).kind == BlockKind.CREDIT;
    return !l.sentence || creditNext || !l.text.equals(lines.get(first).text);
  }

  /** A block right before a credit (or printed twice in a row) is a photo caption. */
  private void markCaptions(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.kind == BlockKind.CREDIT && i > 0 && !l.paragraphStart) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).kind == BlockKind.ECHO && !lines.get(j + 1).paragraphStart) {
          j--;
        }
        Line caption = lines.get(j);
        if (caption.kind == BlockKind.BODY && caption.text.length() <= limits.captionMaxChars()) {
          caption.mark(BlockKind.CAPTION, "caption");
          caption.value = l.text;
        } else if (caption.kind == BlockKind.CAPTION) {
          caption.value = l.text;
        }
      }
      if (l.kind == BlockKind.ECHO && i > 0 && !l.paragraphStart && lines.get(i - 1).key.equals(l.key)
          && lines.get(i - 1).kind == BlockKind.BODY && l.text.length() <= limits.captionMaxChars() && lines.get(i - 1).sentence) {
        lines.get(i - 1).mark(BlockKind.CAPTION, "caption");
      }
    }
  }

  /**
   * The best-scoring contiguous run of blocks: prose pays for its line with its words, chrome
   * costs, captions and other metadata lines are neutral. Returns {start, end exclusive}.
   */
  private int[] contentRegion(List<Line> lines) {
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
      return new int[] {0, lines.size()}; // no prose anywhere (a tiny page): keep what is not chrome
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
  private void endSections(List<Line> lines, int[] region) {
    String section = null;
    int bodyWords = 0;
    for (int i = region[0]; i < region[1]; i++) {
      Line l = lines.get(i);
      boolean sectionHead = l.kind == BlockKind.BOILERPLATE && l.reason != null && SECTION_END.contains(l.reason)
          && l.words <= limits.shortLineMaxWords();
      // "12 Comments", "Leave a reply": a comment thread starts; one word ("Comment") is often a button
      if (sectionHead && bodyWords >= limits.sectionCutMinWords() && l.reason.equals("comments") && l.text.indexOf(' ') > 0) {
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

  private Extraction assemble(List<Line> lines, int[] region, String siteName) {
    int title = titleIndex(lines, region);
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
      boolean inRegion = i >= region[0] && i < region[1];
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
            markdown.append(isHeading(l) ? "## " : "").append(l.text);
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
          if (!creditOfCaption(lines, i)) {
            removed.add(new RemovedBlock("credit", l.text));
          }
        }
        case ECHO -> removed.add(new RemovedBlock("duplicate", l.text));
        case BOILERPLATE -> removed.add(new RemovedBlock(l.reason, l.text));
      }
    }
    String titleText = title < 0 ? null : lines.get(title).text;
    return new Extraction(titleText, siteName, authors, published, null, null, null, null, body, images, removed,
        markdown.toString(), null, null, List.of(), attribution);
  }

  private static boolean creditOfCaption(List<Line> lines, int credit) {
    for (int j = credit - 1; j >= 0 && j >= credit - 3; j--) {
      if (lines.get(j).kind == BlockKind.CAPTION) {
        return true;
      }
    }
    return false;
  }

  private boolean isHeading(Line l) {
    return !l.sentence && l.words >= 1 && l.words <= limits.headlineMaxWords() && l.text.length() <= 200;
  }

  /**
   * The headline: a heading-shaped block shortly before the first paragraph of the article,
   * preferring one the page prints twice. -1 when the page has none (a bare text dump).
   */
  private int titleIndex(List<Line> lines, int[] region) {
    int firstParagraph = -1;
    for (int i = region[0]; i < region[1]; i++) {
      Line l = lines.get(i);
      if (l.kind == BlockKind.BODY && l.sentence && l.words >= 12) {
        firstParagraph = i;
        break;
      }
    }
    if (firstParagraph < 0) {
      return -1;
    }
    int candidate = -1;
    for (int i = firstParagraph - 1; i >= 0 && i >= firstParagraph - 8; i--) {
      Line l = lines.get(i);
      boolean headingShaped = (l.kind == BlockKind.BODY || l.kind == BlockKind.ECHO)
          && l.words >= limits.headlineMinWords() && l.words <= limits.headlineMaxWords()
          && (!l.sentence || l.text.endsWith("?") || l.text.endsWith("!")) && l.text.length() <= 250;
      if (!headingShaped) {
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

  private static int firstWithKey(List<Line> lines, String key) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).key.equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
