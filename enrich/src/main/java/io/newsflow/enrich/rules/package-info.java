/**
 * The extraction vocabulary and thresholds, shared by the HTML extractor ({@code html}) and the
 * text-page cleaner ({@code text}), all in one resource, {@code rules.json} beside this package:
 * HTML tags, class/id hints ({@code HintTokens}, {@code HintProfile}), phrases by reason and
 * language ({@code PhraseMatcher}), byline, caption and credit openers, title separators, the words
 * of a dateline ({@link io.newsflow.enrich.rules.DateWords}: months by language, update labels,
 * clock words), the text cleaner's own vocabulary ({@link io.newsflow.enrich.rules.TextPageWords})
 * and every heuristic number ({@link io.newsflow.enrich.rules.Thresholds}, by blocks, html, dates
 * and textPages; implementation limits such as array sizes and input bounds stay in code). Both
 * extractors read one list per concept; the few entries kept to one of them say why in the
 * resource. {@code RulesReader} loads it strictly ({@code RulesShape}: an unknown or missing key,
 * an empty list, a blank or repeated entry fails at start, named by its key path) into {@code
 * RulesFile}, and {@link io.newsflow.enrich.rules.BoilerplateRules} turns it into fast lookups.
 * {@code Texts} holds the text normalisation every step agrees on. A new rule, a new language's
 * chrome words or month names go into the resource, not into code.
 */
package io.newsflow.enrich.rules;
