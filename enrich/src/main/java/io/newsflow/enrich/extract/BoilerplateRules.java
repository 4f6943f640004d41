package io.newsflow.enrich.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Boilerplate vocabulary, tag lists and thresholds, loaded once from a JSON resource and turned
 * into hash lookups so the per-element checks stay cheap. Immutable and thread-safe.
 */
public final class BoilerplateRules {
  public static final String DEFAULT_RESOURCE = "/io/newsflow/enrich/extract/rules.json";

  private static final Pattern EDGE_NOISE =
      Pattern.compile("^[\\p{P}\\p{S}\\p{N}\\s]+|[\\p{P}\\p{S}\\p{N}\\s]+$");

  private final RulesFile file;
  private final Set<String> skipTags;
  private final Set<String> blockTags;
  private final Set<String> headingTags;
  private final Set<String> paragraphTags;
  private final Map<String, String> hintToReason = new HashMap<>();
  private final Set<String> vetoes;
  private final Set<String> positive;
  private final Set<String> negative;
  private final Set<String> creditHints;
  private final Set<String> captionHints;
  private final Set<String> figureHints;
  private final Set<String> sectionEndReasons;
  private final Map<String, String> exactPhrases = new HashMap<>();
  private final List<String[]> prefixPhrases = new ArrayList<>();

  private BoilerplateRules(RulesFile file) {
    this.file = file;
    skipTags = Set.copyOf(file.skipTags());
    blockTags = Set.copyOf(file.blockTags());
    headingTags = Set.copyOf(file.headingTags());
    paragraphTags = Set.copyOf(file.paragraphTags());
    file.hintReasons().forEach((reason, hints) -> hints.forEach(h -> hintToReason.putIfAbsent(h, reason)));
    vetoes = Set.copyOf(file.hintVetoes());
    positive = Set.copyOf(file.positiveHints());
    negative = Set.copyOf(file.negativeHints());
    creditHints = Set.copyOf(file.creditHints());
    captionHints = Set.copyOf(file.captionHints());
    figureHints = Set.copyOf(file.figureHints());
    sectionEndReasons = Set.copyOf(file.sectionEndReasons());
    file.phrases().forEach((reason, phrases) -> phrases.forEach(p -> indexPhrase(reason, p)));
  }

  public static BoilerplateRules fromClasspath(String resource) {
    try (InputStream in = BoilerplateRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("rules resource not found: " + resource);
      }
      ObjectMapper mapper =
          new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
      return new BoilerplateRules(mapper.readValue(in, RulesFile.class));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules " + resource, e);
    }
  }

  private void indexPhrase(String reason, String phrase) {
    String key = phraseKey(phrase);
    if (key.isEmpty()) {
      return;
    }
    exactPhrases.putIfAbsent(key, reason);
    // One latin word ("share", "tags") only matches a whole block; longer phrases may lead one.
    if (key.indexOf(' ') > 0 || !isLatin(key)) {
      prefixPhrases.add(new String[] {phrase.toLowerCase(Locale.ROOT), reason});
    }
  }

  public Thresholds thresholds() {
    return file.thresholds();
  }

  public boolean isSkipTag(String tag) {
    return skipTags.contains(tag);
  }

  /** Reason for tags that are boilerplate by themselves (nav, footer, aside...), else null. */
  public String dropTagReason(String tag) {
    return file.dropTags().get(tag);
  }

  public boolean isBlockTag(String tag) {
    return blockTags.contains(tag);
  }

  public boolean isHeading(String tag) {
    return headingTags.contains(tag);
  }

  public boolean isParagraphTag(String tag) {
    return paragraphTags.contains(tag);
  }

  public int tagScore(String tag) {
    return file.tagScores().getOrDefault(tag, 0);
  }

  public boolean endsSection(String reason) {
    return sectionEndReasons.contains(reason);
  }

  public List<String> bylinePrefixes() {
    return file.bylinePrefixes();
  }

  public List<String> authorSelectors() {
    return file.authorSelectors();
  }

  public List<String> titleSeparators() {
    return file.titleSeparators();
  }

  /**
   * The boilerplate reason named by an element's class or id, or null. A content-ish token
   * ("article", "body") vetoes the hint unless the element is small: "article-share" is a share
   * bar, "article-body comments-on" is not a comment section.
   */
  public String hintReason(Element e, int textChars) {
    List<String> tokens = HintTokens.of(e);
    if (tokens.isEmpty()) {
      return null;
    }
    String reason = null;
    boolean vetoed = false;
    for (String t : tokens) {
      if (reason == null) {
        reason = hintToReason.get(t);
      }
      vetoed |= vetoes.contains(t);
    }
    if (reason != null && vetoed && textChars >= file.hintVetoMinChars()) {
      return null;
    }
    return reason;
  }

  /** Readability-style class/id weight: +25 for content hints, -25 for boilerplate hints. */
  public int classWeight(Element e) {
    int weight = 0;
    boolean pos = false;
    boolean neg = false;
    for (String t : HintTokens.of(e)) {
      pos |= positive.contains(t);
      neg |= negative.contains(t);
    }
    if (pos) {
      weight += 25;
    }
    if (neg) {
      weight -= 25;
    }
    return weight;
  }

  /** Bonus for markup that declares the article: {@code <article>}, itemprop=articleBody... */
  public int structuralBonus(Element e) {
    int bonus = file.structuralHints().tags().getOrDefault(e.normalName(), 0);
    if (e.attributesSize() == 0) {
      return bonus;
    }
    for (Map.Entry<String, Integer> hint : file.structuralHints().attributes().entrySet()) {
      String spec = hint.getKey();
      int eq = spec.indexOf('=');
      if (spec.substring(eq + 1).equalsIgnoreCase(e.attr(spec.substring(0, eq)))) {
        bonus += hint.getValue();
      }
    }
    return bonus;
  }

  public boolean isHidden(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
    for (String hidden : file.hiddenStyles()) {
      if (compact.contains(hidden)) {
        return true;
      }
    }
    return false;
  }

  public boolean isCaption(Element e) {
    return "figcaption".equals(e.normalName()) || hasHint(e, captionHints);
  }

  public boolean isCredit(Element e) {
    return hasHint(e, creditHints);
  }

  public boolean isFigure(Element e) {
    return "figure".equals(e.normalName()) || hasHint(e, figureHints);
  }

  private static boolean hasHint(Element e, Set<String> hints) {
    for (String t : HintTokens.of(e)) {
      if (hints.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** The boilerplate reason of a short text block ("Share this", "Related posts"), or null. */
  public String phraseReason(String text) {
    int max = file.thresholds().phraseBlockMaxChars();
    if (text.isEmpty() || text.length() > max * 4) {
      return null;
    }
    String exact = exactPhrases.get(phraseKey(text));
    if (exact != null) {
      return exact;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String[] phrase : prefixPhrases) {
      int limit = isLatin(phrase[0]) ? max : Math.max(30, phrase[0].length() * 4);
      if ("cookie".equals(phrase[1])) {
        limit = max * 4; // consent banners are long sentences
        if (lower.length() <= limit && lower.contains(phrase[0])) {
          return phrase[1];
        }
      } else if (lower.length() <= limit && startsWithWord(lower, phrase[0])) {
        return phrase[1];
      }
    }
    return null;
  }

  private static boolean startsWithWord(String text, String phrase) {
    if (!text.startsWith(phrase)) {
      return false;
    }
    if (text.length() == phrase.length() || !isLatin(phrase)) {
      return true;
    }
    return !Character.isLetterOrDigit(text.charAt(phrase.length()));
  }

  static String phraseKey(String text) {
    return EDGE_NOISE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  private static boolean isLatin(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && c > 0x24F) {
        return false;
      }
    }
    return true;
  }
}
