package io.newsflow.enrich.article;

import java.util.List;

/** What the page says about itself, before content extraction. Null where the page is silent. */
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
    List<String> keywords) {}
