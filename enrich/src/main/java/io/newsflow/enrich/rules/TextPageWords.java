package io.newsflow.enrich.rules;

import java.util.List;

/**
 * Vocabulary of the text-page cleaner alone. Its phrases are matched at the start of a whole line
 * (a text page's line is a paragraph), where the shared phrases match a short block or lead one.
 *
 * @param sectionEndReasons phrase reasons whose heading line ends a section of the text page
 * @param creditAgencies agencies whose name in a short bracketed line makes it a photo credit
 * @param sourcePrefixes how a source note opens ("Source:", "来源：")
 * @param sourceSentences how a bracketed source sentence opens ("(This is a Reuters' story)")
 * @param promoPhrases channel and app promotions ("Follow us on", "Join our Telegram")
 * @param commentPhrases lines of a comment thread or form ("Leave a reply", "There are 13
 *     comments")
 * @param continuationWords words a line cannot end with: the next line continues its sentence
 */
public record TextPageWords(
    List<String> sectionEndReasons,
    List<String> creditAgencies,
    List<String> sourcePrefixes,
    List<String> sourceSentences,
    List<String> promoPhrases,
    List<String> commentPhrases,
    List<String> continuationWords) {}
