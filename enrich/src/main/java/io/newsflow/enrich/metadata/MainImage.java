package io.newsflow.enrich.metadata;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Resolves declared lead-image URLs to absolute http(s) URLs; anything else is no image. */
final class MainImage {
  private static final int MAX_URL_CHARS = 4_096;

  private MainImage() {}

  /** The first candidate that resolves against the page URL to an http(s) URL, or null. */
  static String first(String pageUrl, Iterable<String> candidates) {
    URI base = parse(pageUrl);
    for (String c : candidates) {
      String resolved = resolve(base, c);
      if (resolved != null) {
        return resolved;
      }
    }
    return null;
  }

  static String resolve(URI base, String candidate) {
    if (candidate == null) {
      return null;
    }
    String raw = candidate.trim();
    if (raw.isEmpty() || raw.length() > MAX_URL_CHARS) {
      return null;
    }
    URI uri = parse(raw);
    if (uri == null) {
      return null;
    }
    if (!uri.isAbsolute()) {
      if (base == null || !base.isAbsolute()) {
        // a protocol-relative URL ("//cdn/x.jpg") needs no page URL
        uri = raw.startsWith("//") ? parse("https:" + raw) : null;
      } else {
        uri = resolveAgainst(base, uri);
      }
    }
    if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
      return null;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") ? uri.toString() : null;
  }

  private static URI resolveAgainst(URI base, URI relative) {
    try {
      return base.resolve(relative);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Lenient: spaces and other characters CMSs leave unescaped are percent-encoded first. */
  private static URI parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return new URI(
          s.trim()
              .replace(" ", "%20")
              .replace("|", "%7C")
              .replace("\"", "%22")
              .replace("<", "%3C")
              .replace(">", "%3E")
              .replace("\\", "/"));
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
