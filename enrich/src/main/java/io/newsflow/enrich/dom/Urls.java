package io.newsflow.enrich.dom;

import java.net.URI;
import java.net.URISyntaxException;
import org.jsoup.nodes.Element;

/**
 * Absolute URLs of attributes without the cost of jsoup's {@code absUrl} (two regex passes and a
 * URL parse per call) in the common cases: an already absolute URL, or a plain relative one.
 * Anything unusual still goes through jsoup.
 */
public final class Urls {
  private Urls() {}

  /** Like {@link Element#absUrl}: the attribute as an absolute URL, or "" when it cannot be. */
  public static String absolute(Element e, String attr) {
    return absolute(e, attr, new Base());
  }

  /** The same, parsing the page's base URI once for all the calls sharing {@code base}. */
  public static String absolute(Element e, String attr, Base base) {
    String value = e.attr(attr);
    if (isPlainAbsolute(value)) {
      return value;
    }
    if (isPlainRelative(value)) {
      URI parsed = base.of(e.baseUri());
      String resolved =
          isRootPath(value) && base.origin() != null
              ? plainOrNull(base.origin() + value) // what URI.resolve gives, without its parsing
              : resolve(parsed, value);
      if (resolved != null) {
        return resolved;
      }
    }
    return e.absUrl(attr);
  }

  /** The scheme of an absolute reference ("mailto" of "mailto:x@example.com"), else null. */
  public static String scheme(String ref) {
    if (ref.isEmpty() || !isAsciiLetter(ref.charAt(0))) {
      return null;
    }
    for (int i = 1; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c == ':') {
        return ref.substring(0, i);
      }
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        return null; // RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
      }
    }
    return null;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * An http(s) URL of printable ASCII without dot segments: resolving it against any base returns
   * it unchanged (no control characters to strip, no host to punycode, no path to normalise).
   */
  public static boolean isPlainAbsolute(String url) {
    if (!(url.startsWith("https://") || url.startsWith("http://"))) {
      return false;
    }
    return isPlainAscii(url) && !url.contains("/.");
  }

  /**
   * A path, query or protocol-relative reference without a scheme of its own: a colon is fine after
   * the first '/', '?' or '#' ("/wiki/File:Map.png"), not before it ("mailto:x").
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
  public static final class Base {
    private String raw;
    private URI uri;
    private String origin;

    /** The parsed http(s) base, or null when the plain route cannot use it. */
    URI of(String base) {
      if (!base.equals(raw)) {
        raw = base;
        uri = parse(base);
        origin =
            uri == null || uri.getRawAuthority() == null
                ? null
                : uri.getScheme() + "://" + uri.getRawAuthority();
      }
      return uri;
    }

    /** "scheme://authority" of the base last given to {@link #of}, or null. */
    String origin() {
      return origin;
    }

    private static URI parse(String base) {
      if (!isPlainAbsolute(base)) {
        return null;
      }
      try {
        URI b = new URI(base);
        if (b.getRawUserInfo() != null) {
          return null; // jsoup drops "user@" from resolved URLs; leave such bases to it
        }
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

  /**
   * A path from the root ("/wiki/Page?x=1#top") of characters java.net.URI takes as they are:
   * resolving it keeps the base's scheme and authority and replaces all the rest (RFC 2396 5.2 step
   * 5, no dot-segment removal).
   */
  static boolean isRootPath(String ref) {
    if (ref.isEmpty() || ref.charAt(0) != '/' || (ref.length() > 1 && ref.charAt(1) == '/')) {
      return false;
    }
    boolean inFragment = false;
    for (int i = 1; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c == '#') {
        if (inFragment) {
          return false; // a second '#' is a syntax error for java.net.URI
        }
        inFragment = true;
      } else if (c != '?' && !isUriChar(c)) {
        return false;
      }
    }
    return true;
  }

  /** Unreserved, sub-delimiter, ':', '@', '/' and '%' (escapes are checked by the caller). */
  private static boolean isUriChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=:@/%".indexOf(c) >= 0;
  }

  private static String plainOrNull(String url) {
    return isPlainAbsolute(url) ? url : null;
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
