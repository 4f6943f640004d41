package io.newsflow.enrich.topology;

import io.newsflow.schema.RawPage;
import java.net.URI;
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
    try {
      String host = URI.create(page.getFinalUrl()).getHost();
      if (host == null) {
        return "";
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
