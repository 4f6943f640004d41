package io.newsflow.enrich.extract;

import java.net.URI;
import java.net.URISyntaxException;
import org.jsoup.nodes.Element;

/**
 * Absolute URLs of attributes without the cost of jsoup's {@code absUrl} (two regex passes and a
 * URL parse per call) in the common cases: an already absolute URL, or a plain relative one.
 * Anything unusual still goes through jsoup.
 */
final class Urls {
  private Urls() {}

  /** Like {@link Element#absUrl}: the attribute as an absolute URL, or "" when it cannot be. */
  static String absolute(Element e, String attr) {
    return absolute(e, attr, new Base());
  }

  /** The same, parsing the page's base URI once for all the calls sharing {@code base}. */
  static String absolute(Element e, String attr, Base base) {
    String value = e.attr(attr);
    if (isPlainAbsolute(value)) {
      return value;
    }
    if (isPlainRelative(value)) {
      String resolved = resolve(base.of(e.baseUri()), value);
      if (resolved != null) {
        return resolved;
      }
    }
    return e.absUrl(attr);
  }

  /**
   * An http(s) URL of printable ASCII without dot segments: resolving it against any base returns
   * it unchanged (no control characters to strip, no host to punycode, no path to normalise).
   */
  static boolean isPlainAbsolute(String url) {
    if (!(url.startsWith("https://") || url.startsWith("http://"))) {
      return false;
    }
    return isPlainAscii(url) && !url.contains("/.");
  }

  /**
   * A path, query or protocol-relative reference without a scheme of its own: a colon is fine
   * after the first '/', '?' or '#' ("/wiki/File:Map.png"), not before it ("mailto:x").
   */
  private static boolean isPlainRelative(String url) {
    if (url.isEmpty() || url.charAt(0) == '#' || url.charAt(0) == '?' || !isPlainAscii(url)) {
      return false; // (URI.resolve drops the base's last segment for a query-only reference)
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        return true;
      }
      if (c == ':') {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlainAscii(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c >= 0x7F || c == '\\' || c == '%' && !isEscape(url, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isEscape(String url, int i) {
    return i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2));
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** A page's base URI, parsed on first use and kept while the page's base stays the same. */
  static final class Base {
    private String raw;
    private URI uri;

    /** The parsed http(s) base, or null when the plain route cannot use it. */
    URI of(String base) {
      if (!base.equals(raw)) {
        raw = base;
        uri = parse(base);
      }
      return uri;
    }

    private static URI parse(String base) {
      if (!isPlainAbsolute(base)) {
        return null;
      }
      try {
        URI b = new URI(base);
        if (b.getRawPath() == null || b.getRawPath().isEmpty()) {
          if (b.getRawQuery() != null || b.getRawFragment() != null) {
            return null;
          }
          b = new URI(base + "/"); // URI.resolve would glue a path onto the host otherwise
        }
        return b;
      } catch (URISyntaxException e) {
        return null;
      }
    }
  }

  /** The reference resolved against a parsed base, or null when the plain route cannot. */
  private static String resolve(URI b, String relative) {
    if (b == null) {
      return null;
    }
    try {
      URI r = b.resolve(new URI(relative));
      String s = r.toString();
      return isPlainAbsolute(s) ? s : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
