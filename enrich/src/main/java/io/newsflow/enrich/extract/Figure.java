package io.newsflow.enrich.extract;

/** An image of the article; any of the three may be null. */
public record Figure(String url, String caption, String credit) {}
