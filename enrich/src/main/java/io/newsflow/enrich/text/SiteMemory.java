package io.newsflow.enrich.text;

/**
 * What the stream has learned about a site: whether a line (by its {@link LineFingerprint}) has
 * been seen on so many of the site's pages that it is chrome. Backed by a Kafka Streams state store
 * in the topology; {@link #NONE} knows nothing (a single page, the extract command).
 */
@FunctionalInterface
public interface SiteMemory {
  SiteMemory NONE = fingerprint -> false;

  boolean isChrome(String fingerprint);

  /** Counts the page's line fingerprints, after the page was cleaned with what was known before. */
  default void learn(java.util.List<String> fingerprints) {}
}
