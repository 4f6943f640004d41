/**
 * Finding the article body in a parsed page: {@code ContentScorer} lets paragraphs vote for their
 * ancestors and picks the best container plus sibling parts of the same story; {@code
 * BlockCollector} turns those roots into text blocks and figures ({@code FigureCollector}, {@code
 * FigureReader}) and lists everything it drops, inside or outside the roots, with a reason.
 */
package io.newsflow.enrich.content;
