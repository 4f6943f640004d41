/**
 * HTML pages: bytes to a jsoup Document ({@link io.newsflow.enrich.html.HtmlPageParser}: charset,
 * depth cap, a fast UTF-8 reader), then {@link io.newsflow.enrich.html.ArticleExtractor}, which
 * runs per page:
 *
 * <ol>
 *   <li>one walk over the document ({@code dom.TextStats}) that indexes the elements and, on the
 *       way, collects meta tags, JSON-LD, the canonical link, h1, {@code <time>} and byline
 *       candidates ({@code metadata.MetaScan});
 *   <li>metadata ({@code metadata.MetadataExtractor});
 *   <li>content scoring and block collection ({@code content});
 *   <li>Markdown of the kept blocks ({@code markdown}).
 * </ol>
 *
 * The sibling package {@code text} does the same for text pages; both read their vocabulary from
 * {@code rules}.
 */
package io.newsflow.enrich.html;
