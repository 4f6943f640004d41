package io.newsflow.enrich.page;

/**
 * What checking a raw page gave before any parsing: a {@link ResolvedPage} ready for its path (HTML
 * or text), or the {@link Rejection} that makes it a dead letter.
 */
public sealed interface Resolution permits ResolvedPage, Rejection {}
