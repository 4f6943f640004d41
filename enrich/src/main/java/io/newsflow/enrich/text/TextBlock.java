package io.newsflow.enrich.text;

/**
 * One block of a text page: a line, or lines a scraper broke mid-sentence joined back.
 *
 * @param text whitespace-normalised, never empty
 * @param paragraphStart a blank line (or the page start) comes before it
 */
record TextBlock(String text, boolean paragraphStart) {}
