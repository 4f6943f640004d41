package io.newsflow.ingest.source;

import java.time.Instant;

/**
 * One page a sitemap lists.
 *
 * @param lastModified the lastmod, or null
 * @param published the news:publication_date of a news sitemap, or null
 * @param listing what a news sitemap says about the page (title, date, language, keywords), or null
 */
public record SitemapEntry(
    String url, Instant lastModified, Instant published, io.newsflow.schema.Listing listing) {
  /** The best date the sitemap gives, or null. */
  public Instant date() {
    return published != null ? published : lastModified;
  }
}
