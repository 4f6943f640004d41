package io.newsflow.enrich.text;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text cleaner's vocabulary and thresholds, read from {@code text-rules.json}: line prefixes
 * for captions, credits, bylines, source notes, datelines and promotions, month names, and the
 * weights of the content-region search. Immutable.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TextRules(
    List<String> captionPrefixes,
    List<String> creditPrefixes,
    List<String> creditAgencies,
    List<String> bylinePrefixes,
    List<String> sourcePrefixes,
    List<String> sourceSentences,
    List<String> promoPhrases,
    List<String> commentPhrases,
    List<String> datePrefixes,
    List<String> continuationWords,
    Map<String, Integer> months,
    Limits thresholds) {

  public static final String DEFAULT_RESOURCE = "/io/newsflow/enrich/text/text-rules.json";

  /**
   * @param lineCost what each line costs in the content-region search, in words: a paragraph of
   *     more words than this pays for its line, a menu item does not
   * @param boilerplateCost the cost of a line known to be chrome (lexicon, site memory, credit)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Limits(
      int lineCost,
      int boilerplateCost,
      int headlineMinWords,
      int headlineMaxWords,
      int shortLineMaxWords,
      int bylineMaxChars,
      int datelineMaxChars,
      int attributionMaxChars,
      int captionMaxChars,
      int repeatedLineMaxWords,
      int sectionBodyMinWords,
      int sectionCutMinWords,
      int maxBlocks,
      int maxFingerprintChars) {}

  public static TextRules fromClasspath(String resource) {
    try (InputStream in = TextRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("text rules resource not found: " + resource);
      }
      ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
      return mapper.readValue(in, TextRules.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read text rules " + resource, e);
    }
  }

  /** The first of the prefixes the lower-cased line starts with (at a word end), or null. */
  static String startsWithAny(String lower, List<String> prefixes) {
    for (String p : prefixes) {
      if (lower.startsWith(p)) {
        if (lower.length() == p.length() || !Character.isLetterOrDigit(p.charAt(p.length() - 1))
            || !Character.isLetterOrDigit(lower.charAt(p.length())) || p.codePointAt(0) > 0x24F) {
          return p;
        }
      }
    }
    return null;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
