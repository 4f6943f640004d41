package io.newsflow.enrich.article;

/** An image of the article; any of the three may be null. */
public record Figure(String url, String caption, String credit) {}
