package io.newsflow.enrich.rules;

import java.util.List;
import java.util.Map;

/**
 * The shape of {@code rules.json}, section by section; {@link RulesReader} checks a file against it
 * key by key and {@link BoilerplateRules} turns it into fast lookups. Every component is required.
 *
 * @param phrases boilerplate phrases by reason, then by language (the language only groups them:
 *     every phrase is tried on every page)
 * @param sectionEndReasons phrase reasons whose heading ends the article's section (related
 *     posts...)
 * @param inlineSectionReasons of those, the reasons of boxes that templates also put inside the
 *     story (a "Read also" teaser between paragraphs): a paragraph of prose after one ends it
 */
record RulesFile(
    Tags tags,
    Hints hints,
    Map<String, Map<String, List<String>>> phrases,
    List<String> sectionEndReasons,
    List<String> inlineSectionReasons,
    Prefixes prefixes,
    List<String> titleSeparators,
    DateWords dates,
    TextPageWords textPages,
    Thresholds thresholds) {

  /** HTML tag lists, by what a tag is to the extractor. */
  record Tags(
      List<String> skip,
      Map<String, String> drop,
      List<String> block,
      List<String> heading,
      List<String> paragraph,
      List<String> linkBlockExempt,
      List<String> hintExempt,
      Map<String, Integer> scores,
      Map<String, Integer> structuralBonus) {}

  /** Class/id tokens and attributes, by the role they give an element. */
  record Hints(
      Map<String, List<String>> reasons,
      List<String> vetoes,
      List<String> positive,
      List<String> negative,
      List<String> figure,
      List<String> caption,
      List<String> credit,
      List<String> byline,
      Map<String, Integer> structuralBonus,
      List<String> hiddenStyles) {}

  /**
   * How a byline, a caption and a photo credit open, in both extractors; a caption opener that
   * would change one extractor's output on the development pages is kept to the other (see the
   * resource's comment).
   */
  record Prefixes(
      List<String> byline,
      List<String> caption,
      List<String> credit,
      List<String> captionHtmlOnly,
      List<String> captionTextOnly,
      List<String> moreFromSite) {}
}
