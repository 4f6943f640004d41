package io.newsflow.ingest.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One spelling per URL, so the same article found in a feed, a sitemap and a list is fetched once:
 * scheme and host in lower case, default ports and fragments dropped, an empty path made "/", and
 * tracking parameters (utm_*, fbclid, gclid and friends) removed; the other query parameters keep
 * their order. A string that is not an absolute http(s) URL comes back as it was (the fetcher
 * reports it).
 */
public final class UrlCanonicalizer {
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "gbraid",
          "wbraid",
          "msclkid",
          "yclid",
          "mc_cid",
          "mc_eid",
          "igshid",
          "_ga",
          "_gl",
          "ocid",
          "cmpid",
          "__twitter_impression",
          "spm");

  private UrlCanonicalizer() {}

  public static String canonical(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return url.strip();
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) && !"https".equals(scheme)
        || uri.getRawAuthority() == null
        || uri.getHost() == null) {
      return url.strip();
    }
    StringBuilder out = new StringBuilder(scheme).append("://");
    if (uri.getRawUserInfo() != null) {
      out.append(uri.getRawUserInfo()).append('@');
    }
    out.append(uri.getHost().toLowerCase(Locale.ROOT));
    int port = uri.getPort();
    if (port != -1
        && !(port == 80 && scheme.equals("http"))
        && !(port == 443 && scheme.equals("https"))) {
      out.append(':').append(port);
    }
    String path = uri.getRawPath();
    out.append(path == null || path.isEmpty() ? "/" : path);
    String query = cleanQuery(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  private static String cleanQuery(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String param : raw.split("&")) {
      String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!param.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
        kept.add(param);
      }
    }
    return String.join("&", kept);
  }
}
