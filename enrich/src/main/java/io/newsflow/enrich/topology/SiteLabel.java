package io.newsflow.enrich.topology;

import io.newsflow.enrich.metadata.SiteHost;
import io.newsflow.schema.RawPage;
import java.util.Locale;

/**
 * The site a page belongs to for the site memory: the producer's label, else the host without www.
 */
final class SiteLabel {
  private SiteLabel() {}

  /** The site, or "" when the page names none (a local file): such pages share no memory. */
  static String of(RawPage page) {
    if (page.getSite() != null && !page.getSite().isBlank()) {
      return page.getSite().strip().toLowerCase(Locale.ROOT);
    }
    return SiteHost.of(page.getFinalUrl());
  }
}
