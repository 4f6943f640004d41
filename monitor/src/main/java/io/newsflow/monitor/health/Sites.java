package io.newsflow.monitor.health;

import java.net.URI;
import java.util.Locale;

/** The site of a page: its URL's host without {@code www.}; pages without a host share one name. */
public final class Sites {
  public static final String NO_HOST = "(no host)";

  private Sites() {}

  public static String of(CharSequence url) {
    if (url == null) {
      return NO_HOST;
    }
    try {
      String host = URI.create(url.toString().strip()).getHost();
      if (host == null || host.isEmpty()) {
        return NO_HOST;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return NO_HOST;
    }
  }
}
