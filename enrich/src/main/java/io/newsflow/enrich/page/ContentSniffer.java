package io.newsflow.enrich.page;

import java.util.Locale;

/**
 * Decides whether a body is an HTML page, from the declared type and the bytes themselves: servers
 * mislabel, so a PDF or image served as text/html is still refused.
 */
public final class ContentSniffer {
  private static final int SNIFF_BYTES = 1024;
  private static final String[] HTML_MARKERS = {"<!doctype html", "<html", "<head", "<body", "<meta ", "<title>", "<div", "<p>", "<script"};
  private static final byte[][] BINARY_MAGIC = {
    "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
    {(byte) 0x89, 'P', 'N', 'G'},
    {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
    "GIF8".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
    {'P', 'K', 3, 4},
    {(byte) 0x1F, (byte) 0x8B},
  };

  private ContentSniffer() {}

  /**
   * A text page: declared text/plain (or undeclared), not binary, and not HTML after all (servers
   * and scrapers label HTML as text/plain, and the reverse).
   */
  public static boolean isTextPage(String declaredType, byte[] body) {
    String type = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT);
    boolean declaredText = type.equals("text/plain") || type.equals("text/markdown");
    if (!declaredText && !type.isEmpty()) {
      return false;
    }
    if (binaryReason(body) != null) {
      return declaredText; // a binary body labelled text is refused on the text path, with its reason
    }
    return !looksLikeHtml(body);
  }

  /** Markup near the start: a doctype, or one of the tags every HTML page opens with. */
  static boolean looksLikeHtml(byte[] body) {
    int n = Math.min(body.length, SNIFF_BYTES);
    String head = new String(body, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    for (String marker : HTML_MARKERS) {
      if (head.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /** Why the body is not text at all (a known binary signature, NUL bytes), or null. */
  public static String binaryReason(byte[] body) {
    for (byte[] magic : BINARY_MAGIC) {
      if (startsWith(body, magic)) {
        return "binary content (signature " + hex(magic) + ")";
      }
    }
    if (hasNulBytes(body)) {
      return "binary content (NUL bytes)";
    }
    return null;
  }

  /** Returns null when the body may be parsed as HTML, else why not. */
  public static String whyNotHtml(String declaredType, byte[] body) {
    String type = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT);
    boolean htmlAsText = type.equals("text/plain") && looksLikeHtml(body);
    if (!type.isEmpty() && !type.contains("html") && !type.equals("application/xml") && !type.equals("text/xml") && !htmlAsText) {
      return "content type " + declaredType;
    }
    return binaryReason(body);
  }

  private static boolean startsWith(byte[] body, byte[] prefix) {
    if (body.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (body[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** UTF-16 pages have NUL bytes too, but they start with a BOM. */
  private static boolean hasNulBytes(byte[] body) {
    boolean utf16Bom =
        body.length >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF) || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE));
    if (utf16Bom) {
      return false;
    }
    int n = Math.min(body.length, SNIFF_BYTES);
    for (int i = 0; i < n; i++) {
      if (body[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static String hex(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    for (byte b : bytes) {
      s.append(String.format(Locale.ROOT, "%02x", b));
    }
    return s.toString();
  }
}
