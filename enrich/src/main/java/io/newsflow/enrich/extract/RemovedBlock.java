package io.newsflow.enrich.extract;

/** A block extraction dropped, e.g. reason "share", "related", "navigation", "caption". */
public record RemovedBlock(String reason, String text) {}
