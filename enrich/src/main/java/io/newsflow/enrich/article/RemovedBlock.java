package io.newsflow.enrich.article;

/** A block extraction dropped, e.g. reason "share", "related", "navigation", "caption". */
public record RemovedBlock(String reason, String text) {}
