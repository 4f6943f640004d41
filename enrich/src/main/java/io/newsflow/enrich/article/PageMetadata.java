package io.newsflow.enrich.article;

import java.util.List;

/**
 * What the page says about itself, before content extraction. Null where the page is silent. {@code
 * headlines} are the page's other title texts (its h1s, og:title, the JSON-LD headline...): the
 * story's opening block may repeat one of them rather than the title chosen.
 */
public record PageMetadata(
    String title,
    String siteName,
    List<String> authors,
    String publishedTime,
    String modifiedTime,
    String language,
    String canonicalUrl,
    String description,
    String articleBody,
    String mainImage,
    String section,
    List<String> keywords,
    List<String> declaredTitles) {}
