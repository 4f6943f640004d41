/**
 * Main-content and metadata extraction from a parsed page.
 *
 * <p>{@link io.newsflow.enrich.extract.ArticleExtractor} runs, per page:
 *
 * <ol>
 *   <li>one walk over the document ({@code TextStats}) that numbers the elements in document
 *       order, sizes every element's text and link text bottom-up into flat arrays under those
 *       numbers (later steps use the numbers: no per-element hashing) and, on the way, collects
 *       meta tags, JSON-LD, the canonical link, h1, {@code <time>} and byline candidates
 *       ({@code MetaScan});
 *   <li>metadata ({@code MetadataExtractor}): title without the site name, authors, dates as
 *       ISO-8601, language, canonical URL, site name, description;
 *   <li>content scoring ({@code ContentScorer}): paragraphs vote for their ancestors; the best
 *       container and sibling parts of the same article become the content roots;
 *   <li>block collection ({@code BlockCollector}): the roots become text blocks and figures;
 *       everything dropped, inside or outside the roots, is listed with a reason.
 * </ol>
 *
 * <p>All vocabulary, tag lists and thresholds live in {@code rules.json} next to these classes
 * ({@code BoilerplateRules}). Reason codes of {@link io.newsflow.enrich.extract.RemovedBlock}:
 * share, related, comments, newsletter, cookie, ad, author, tags, navigation, footer, sidebar,
 * popup, meta, promo (from class/id hints and phrases), aside, form (from tags), hidden, links
 * (link lists), caption (moved to images), title and byline (repeated headline and byline), and
 * not-content (outside the chosen content, no more specific reason).
 */
package io.newsflow.enrich.extract;
