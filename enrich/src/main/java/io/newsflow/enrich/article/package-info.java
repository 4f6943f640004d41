/**
 * What extraction produces, independent of Kafka and Avro: {@link
 * io.newsflow.enrich.article.Extraction} (text, Markdown, metadata, figures, what was removed and
 * why), {@link io.newsflow.enrich.article.PageMetadata}, {@link io.newsflow.enrich.article.Figure}
 * and {@link io.newsflow.enrich.article.RemovedBlock}. The page step turns an Extraction into the
 * Avro Article.
 *
 * <p>Reason codes of RemovedBlock: share, related, comments, newsletter, cookie, ad, author, tags,
 * navigation, footer, sidebar, popup, meta, promo (from class/id hints and phrases), aside, form
 * (from tags), hidden, links (link lists), caption (moved to images), title and byline (repeated
 * headline and byline), and not-content (outside the chosen content, no more specific reason).
 */
package io.newsflow.enrich.article;
