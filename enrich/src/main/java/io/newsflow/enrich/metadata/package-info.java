/**
 * Page metadata: title without the site name ({@code TitleChooser}, {@code TitleCleaner}), authors
 * ({@code BylineFinder}), published and modified time as ISO-8601 ({@code DateNormalizer}, and the
 * visible dateline when the metadata has none: {@code Dateline}, the one dateline reader, which the
 * text cleaner uses too, and {@code DatelineSearch}), language, canonical URL, site name,
 * description, keywords and main image, from meta tags, JSON-LD ({@code JsonLd}) and the page
 * itself. {@code MetaScan} collects the facts during the DOM index's single walk; {@code
 * MetadataExtractor} decides.
 */
package io.newsflow.enrich.metadata;
