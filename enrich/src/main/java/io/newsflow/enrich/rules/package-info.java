/**
 * The extraction vocabulary and thresholds, shared by the HTML extractor ({@code html}) and the
 * text-page cleaner ({@code text}): boilerplate class/id hints ({@code HintTokens}, {@code
 * HintProfile}), phrase lists by reason and language ({@code PhraseMatcher}), tag lists and
 * numeric thresholds, all read from {@code rules.json} beside this package ({@code RulesFile},
 * {@code BoilerplateRules}), and the text normalisation every step agrees on ({@code Texts}).
 * A new rule or a new language's chrome words go into the resource, not into code.
 */
package io.newsflow.enrich.rules;
