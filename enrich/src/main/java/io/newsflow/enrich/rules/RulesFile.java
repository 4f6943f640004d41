package io.newsflow.enrich.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** The raw shape of {@code rules.json}; {@link BoilerplateRules} turns it into fast lookups. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RulesFile(
    List<String> skipTags,
    Map<String, String> dropTags,
    List<String> blockTags,
    List<String> headingTags,
    Map<String, List<String>> hintReasons,
    List<String> hintExemptTags,
    int hintExemptMinChars,
    int maxFigureChars,
    int retryMinChars,
    List<String> hintVetoes,
    int hintVetoMinChars,
    List<String> positiveHints,
    List<String> negativeHints,
    StructuralHints structuralHints,
    Map<String, Integer> tagScores,
    List<String> linkBlockExemptTags,
    List<String> paragraphTags,
    List<String> hiddenStyles,
    List<String> creditHints,
    List<String> captionHints,
    List<String> captionPrefixes,
    int captionMaxChars,
    List<String> figureHints,
    List<String> creditPrefixes,
    Thresholds thresholds,
    Map<String, List<String>> phrases,
    List<String> sectionEndReasons,
    List<String> bylinePrefixes,
    List<String> bylineHints,
    List<String> titleSeparators) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record StructuralHints(Map<String, Integer> tags, Map<String, Integer> attributes) {}
}
