package io.newsflow.enrich.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The extraction rules of both extractors (boilerplate vocabulary, tag lists, dateline words and
 * thresholds), loaded once and strictly from one JSON resource ({@link RulesReader}) and turned
 * into hash lookups so the per-element checks stay cheap. Immutable and thread-safe.
 */
public final class BoilerplateRules {
  public static final String DEFAULT_RESOURCE = "/io/newsflow/enrich/rules/rules.json";

  private final RulesFile file;
  private final Set<String> skipTags;
  private final Set<String> blockTags;
  private final Set<String> headingTags;
  private final Set<String> paragraphTags;
  private final Set<String> linkBlockExemptTags;
  private final Map<String, String> hintToReason = new HashMap<>();
  private final Set<String> hintExemptTags;
  private final Set<String> sectionEndReasons;
  private final Set<String> inlineSectionReasons;
  private final PhraseMatcher phrases;
  private final Map<String, List<String>> phrasesByReason;
  private final TokenRoles tokenRoles;
  private final HiddenStyles hiddenStyles;
  private final String[] structuralAttrs;
  private final String[] structuralValues;
  private final int[] structuralBonuses;

  /** Lower-cased first characters of the caption prefixes. */
  private final String captionStarts;

  private final List<String> captionPrefixes;
  private final List<String> textCaptionPrefixes;

  /** Thresholds read per element, kept at hand. */
  private final int hintExemptMinChars;

  private final int hintVetoMinChars;
  private final int classWeight;
  private final int captionMaxChars;
  private final int attributionMaxChars;

  private BoilerplateRules(RulesFile file) {
    this.file = file;
    RulesFile.Tags tags = file.tags();
    RulesFile.Hints hints = file.hints();
    skipTags = lookup(tags.skip());
    blockTags = lookup(tags.block());
    headingTags = lookup(tags.heading());
    paragraphTags = lookup(tags.paragraph());
    linkBlockExemptTags = lookup(tags.linkBlockExempt());
    hints
        .reasons()
        .forEach((reason, tokens) -> tokens.forEach(h -> hintToReason.putIfAbsent(h, reason)));
    hintExemptTags = lookup(tags.hintExempt());
    sectionEndReasons = lookup(file.sectionEndReasons());
    inlineSectionReasons = lookup(file.inlineSectionReasons());
    tokenRoles = new TokenRoles(hintToReason, hints);
    hiddenStyles = new HiddenStyles(hints.hiddenStyles());
    captionPrefixes = concat(file.prefixes().caption(), file.prefixes().captionHtmlOnly());
    textCaptionPrefixes = concat(file.prefixes().caption(), file.prefixes().captionTextOnly());
    captionStarts = firstChars(captionPrefixes);
    int n = hints.structuralBonus().size();
    structuralAttrs = new String[n];
    structuralValues = new String[n];
    structuralBonuses = new int[n];
    int i = 0;
    for (Map.Entry<String, Integer> hint : hints.structuralBonus().entrySet()) {
      String spec = hint.getKey(); // "itemprop=articleBody", split once
      int eq = spec.indexOf('=');
      structuralAttrs[i] = spec.substring(0, eq);
      structuralValues[i] = spec.substring(eq + 1);
      structuralBonuses[i++] = hint.getValue();
    }
    Thresholds.Blocks blocks = file.thresholds().blocks();
    phrasesByReason = byReason(file.phrases());
    phrases =
        new PhraseMatcher(phrasesByReason, blocks.phraseBlockMaxChars(), blocks.phraseExactSlack());
    Thresholds.Html html = file.thresholds().html();
    hintExemptMinChars = html.hintExemptMinChars();
    hintVetoMinChars = html.hintVetoMinChars();
    classWeight = html.classWeight();
    captionMaxChars = blocks.captionMaxChars();
    attributionMaxChars = blocks.attributionMaxChars();
  }

  /** Fails, naming every key that does not fit, when the resource is not valid rules. */
  public static BoilerplateRules fromClasspath(String resource) {
    try (InputStream in = BoilerplateRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("rules resource not found: " + resource);
      }
      return new BoilerplateRules(RulesReader.read(in, resource));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules " + resource, e);
    }
  }

  /**
   * The phrases of each reason, its languages one after the other: which phrase of a reason matches
   * first does not change the reason found.
   */
  private static Map<String, List<String>> byReason(
      Map<String, Map<String, List<String>>> phrases) {
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    phrases.forEach(
        (reason, byLanguage) ->
            byLanguage
                .values()
                .forEach(
                    list -> byReason.computeIfAbsent(reason, r -> new ArrayList<>()).addAll(list)));
    return byReason;
  }

  /** The phrases of a reason ("share", "related"), all languages; empty for an unknown reason. */
  public List<String> phrases(String reason) {
    return List.copyOf(phrasesByReason.getOrDefault(reason, List.of()));
  }

  public Thresholds thresholds() {
    return file.thresholds();
  }

  /** The words of a dateline, for {@code metadata.Dateline}. */
  public DateWords dates() {
    return file.dates();
  }

  /** The text-page cleaner's own vocabulary. */
  public TextPageWords textPages() {
    return file.textPages();
  }

  public boolean isSkipTag(String tag) {
    return skipTags.contains(tag);
  }

  /** Reason for tags that are boilerplate by themselves (nav, footer, aside...), else null. */
  public String dropTagReason(String tag) {
    return file.tags().drop().get(tag);
  }

  public boolean isBlockTag(String tag) {
    return blockTags.contains(tag);
  }

  public boolean isHeading(String tag) {
    return headingTags.contains(tag);
  }

  /** Cells, items and headings that are all link are judged with their container instead. */
  public boolean isLinkBlockExempt(String tag) {
    return linkBlockExemptTags.contains(tag);
  }

  public boolean isParagraphTag(String tag) {
    return paragraphTags.contains(tag);
  }

  public int tagScore(String tag) {
    return file.tags().scores().getOrDefault(tag, 0);
  }

  public boolean endsSection(String reason) {
    return sectionEndReasons.contains(reason);
  }

  /** A section this reason ends may be an inline box, with the story going on below it. */
  public boolean mayBeInline(String reason) {
    return inlineSectionReasons.contains(reason);
  }

  /** How a byline opens ("By", "Von", "记者"), in both extractors. */
  /** What opens a heading of the site's own teasers before its name ("More", "Mehr von"). */
  public List<String> moreFromSitePrefixes() {
    return file.prefixes().moreFromSite();
  }

  public List<String> bylinePrefixes() {
    return file.prefixes().byline();
  }

  /** How a caption line of a text page opens ("Photo:", "图为"). */
  public List<String> textCaptionPrefixes() {
    return textCaptionPrefixes;
  }

  /** How a photo credit opens ("Photo:", "©"), in both extractors. */
  public List<String> creditPrefixes() {
    return file.prefixes().credit();
  }

  public List<String> bylineHints() {
    return file.hints().byline();
  }

  public List<String> titleSeparators() {
    return file.titleSeparators();
  }

  /**
   * Reads class and id together; elements without either share {@link HintProfile#NONE}. Extraction
   * reads them apart ({@link #classProfile}, {@link #idProfile}, joined with {@link
   * HintProfile#and}), which gives the same profile and lets each value be cached alone.
   */
  public HintProfile profile(Element e) {
    return tokenRoles.profile(HintTokens.of(e));
  }

  /** The profile of a class attribute alone (see {@link HintProfile#and}). */
  public HintProfile classProfile(String cls) {
    return tokenRoles.profile(HintTokens.of(cls, ""));
  }

  /** The profile of an id attribute alone. */
  public HintProfile idProfile(String id) {
    return tokenRoles.profile(HintTokens.of("", id));
  }

  /**
   * A HashSet, not Set.copyOf: its probe is a mask where the immutable set's is a floorMod
   * division, and these sets are asked several times per element.
   */
  /**
   * A hash set, not Set.copyOf: most elements' tags are in none of these sets, and a miss in
   * Set.copyOf's probing table may compare strings where a hash set finds an empty bucket (with
   * Set.copyOf the extraction benchmark's ratio measured 0.60 to 0.65, interleaved with 0.65 for
   * this).
   */
  private static Set<String> lookup(List<String> values) {
    return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(values));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static String firstChars(List<String> prefixes) {
    StringBuilder chars = new StringBuilder();
    for (String p : prefixes) {
      if (!p.isEmpty()) {
        chars
            .append(Character.toLowerCase(p.charAt(0)))
            .append(Character.toLowerCase(Character.toUpperCase(p.charAt(0))));
      }
    }
    return chars.toString();
  }

  /**
   * The boilerplate reason named by an element's class or id, or null. A content-ish token
   * ("article", "body") vetoes the hint unless the element is small: "article-share" is a share
   * bar, "article-body comments-on" is not a comment section.
   */
  public String hintReason(Element e, HintProfile p, int textChars) {
    String tag = e.normalName();
    if (p.reason() == null
        || tag.indexOf('-') > 0
        || (hintExemptTags.contains(tag) && textChars >= hintExemptMinChars)) {
      return null; // real paragraphs, and web components (mjx-container...), keep their text
    }
    if (p.reason() != null && p.vetoed() && textChars >= hintVetoMinChars) {
      return null;
    }
    return p.reason();
  }

  /** Bonus for markup that declares the article: {@code <article>}, itemprop=articleBody... */
  public int structuralBonus(Element e) {
    int bonus = file.tags().structuralBonus().getOrDefault(e.normalName(), 0);
    if (e.attributesSize() == 0) {
      return bonus;
    }
    for (int i = 0; i < structuralAttrs.length; i++) {
      if (structuralValues[i].equalsIgnoreCase(e.attr(structuralAttrs[i]))) {
        bonus += structuralBonuses[i];
      }
    }
    return bonus;
  }

  public boolean isHidden(Element e) {
    return hiddenStyles.isHidden(e);
  }

  public boolean isCaption(Element e, HintProfile p) {
    return p.caption() || "figcaption".equals(e.normalName());
  }

  /** What a container's positive and negative class tokens add to its content score. */
  public int classWeight(HintProfile p) {
    return (p.positive() ? classWeight : 0) - (p.negative() ? classWeight : 0);
  }

  public boolean isCredit(HintProfile p) {
    return p.credit();
  }

  public boolean isFigure(Element e, HintProfile p) {
    return p.figure() || "figure".equals(e.normalName());
  }

  /** A photo credit by its wording: "Photo: Kremlin.ru", "© Reuters", "(Ann Wang/Reuters)". */
  public boolean isCreditText(String text) {
    if (text.length() > captionMaxChars) {
      return false;
    }
    if (text.startsWith("(")
        && text.endsWith(")")
        && text.contains("/")) { // "(Photographer/Agency)"
      return true;
    }
    for (String prefix : file.prefixes().credit()) {
      if (text.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A short block wholly in parentheses or brackets, such as "(This is a Reuters' story)",
   * "[Source: Reuters]" or "（责任编辑：张明）": a source or editing note, not article text.
   */
  private static final String BRACKETS = "()[]（）【】〔〕";

  public boolean isAttribution(String text) {
    int n = text.length();
    if (n < 3 || n > attributionMaxChars) {
      return false;
    }
    int open = BRACKETS.indexOf(text.charAt(0));
    return open >= 0 && open % 2 == 0 && text.charAt(n - 1) == BRACKETS.charAt(open + 1);
  }

  /** A block that labels itself as a caption ("Photo: ...", "图注：..."). */
  public boolean isCaptionText(String text) {
    if (text.isEmpty()
        || text.length() > captionMaxChars
        || captionStarts.indexOf(Character.toLowerCase(text.charAt(0))) < 0) {
      return false; // most blocks fail on their first character, before any prefix comparison
    }
    for (String prefix : captionPrefixes) {
      if (text.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return true;
      }
    }
    return false;
  }

  /** Texts longer than this have no phrase reason, whatever follows. */
  public int phraseMaxChars() {
    return phrases.longestMatched();
  }

  /** The boilerplate reason of a short text block ("Share this", "Related posts"), or null. */
  public String phraseReason(String text) {
    return phrases.reason(text);
  }
}
