package io.newsflow.enrich.metadata;

import java.net.URI;
import java.util.Locale;

/** The site of a URL as the memories of a site know it: its host, lower-cased, without www. */
public final class SiteHost {
  private SiteHost() {}

  /** The host, or "" when the URL has none (a local file) or is not one. */
  public static String of(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    try {
      String host = URI.create(url.strip()).getHost();
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
