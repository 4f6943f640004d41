/**
 * Main-content extraction for text pages (content type text/plain: innerText dumps, reader-mode
 * text, copy-paste archives), one block a line.
 *
 * <p>{@link io.newsflow.enrich.text.TextCleaner} splits the text into blocks ({@code TextSplitter}:
 * whitespace normalised, lines broken mid-sentence joined), classifies each block ({@code
 * BlockKind}) from its shape, the vocabulary of {@code rules/rules.json} (the phrases, openers and
 * dateline reader it shares with the HTML extractor, and its own {@code textPages} section),
 * repetition inside the page and the {@link io.newsflow.enrich.text.SiteMemory} of lines seen on
 * many pages of the same site, and keeps the best-scoring contiguous run of prose. {@link
 * io.newsflow.enrich.text.LineFingerprint} is the key the topology counts lines by.
 */
package io.newsflow.enrich.text;
