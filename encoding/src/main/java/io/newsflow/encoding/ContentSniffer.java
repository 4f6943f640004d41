package io.newsflow.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides what a body is, an HTML page, a text page or binary data, from the declared type and the
 * bytes themselves: servers and scrapers mislabel, so a PDF served as text/html is refused and HTML
 * served as text/plain is parsed as HTML.
 *
 * <p>Binary, after the WHATWG MIME-sniffing standard: a known file signature, or "binary data
 * bytes" (controls other than TAB, LF, FF, CR and ESC) in more than 1 in 32 of the first 4 KB.
 * Random bytes have one in ten; a page with a few stray NULs in its text is still a page, as a
 * browser shows it (jsoup drops NULs from text, {@link TextDecoder} shows them as U+FFFD). UTF-16,
 * with a byte order mark or recognisably without one, is text with a NUL in every other byte.
 */
public final class ContentSniffer {
  /** The bytes looked at for markup, as before the sniffer moved here. */
  private static final int MARKUP_WINDOW = 1024;

  /** The bytes whose controls are counted: more than the standard's 1445, for a steadier share. */
  static final int CONTROL_WINDOW = 4096;

  /** Control bytes are binary past one in this many (and more than one). */
  static final int CONTROL_SHARE = 32;

  private static final String[] HTML_MARKERS = {
    "<!doctype html", "<html", "<head", "<body", "<meta ", "<title>", "<div", "<p>", "<script"
  };

  private ContentSniffer() {}

  /**
   * What the body is: HTML (declared HTML or XML, or markup whatever the declaration), TEXT
   * (declared text/plain or text/markdown, or undeclared, without markup), BINARY with the reason,
   * or UNSUPPORTED_TYPE for any other declared type. {@code declaredType} is the media type without
   * parameters, null when unknown.
   */
  public static PageKind sniff(String declaredType, byte[] body) {
    String type = normalise(declaredType);
    boolean declaredText = isTextType(type);
    boolean declaredMarkup =
        type.contains("html") || type.equals("application/xml") || type.equals("text/xml");
    if (!declaredText && !declaredMarkup && !type.isEmpty()) {
      return PageKind.unsupported("content type " + declaredType);
    }
    String binary = binaryReason(body);
    if (binary != null) {
      return PageKind.binary(binary);
    }
    return declaredMarkup || looksLikeHtml(body) ? PageKind.HTML : PageKind.TEXT;
  }

  /**
   * A body for the text path: declared text/plain (or text/markdown), or undeclared, and no markup.
   * A binary body declared as text is one too, so that the text path refuses it as such.
   */
  public static boolean isTextPage(String declaredType, byte[] body) {
    String type = normalise(declaredType);
    if (!isTextType(type) && !type.isEmpty()) {
      return false;
    }
    if (binaryReason(body) != null) {
      return isTextType(type);
    }
    return !looksLikeHtml(body);
  }

  /** Null when the body may be parsed as HTML, else why not (its declared type, or binary). */
  public static String whyNotHtml(String declaredType, byte[] body) {
    String type = normalise(declaredType);
    boolean markupAsText = isTextType(type) && looksLikeHtml(body);
    if (!type.isEmpty()
        && !type.contains("html")
        && !type.equals("application/xml")
        && !type.equals("text/xml")
        && !markupAsText) {
      return "content type " + declaredType;
    }
    return binaryReason(body);
  }

  /** Why the body is not text at all (a file signature, control bytes), or null. */
  public static String binaryReason(byte[] body) {
    FileSignature signature = FileSignature.find(body);
    if (signature != null) {
      return "binary content (" + signature.name() + " signature)";
    }
    if (wideUnicode(body) != null) {
      return null;
    }
    int window = Math.min(body.length, CONTROL_WINDOW);
    int controls = 0;
    for (int i = 0; i < window; i++) {
      controls += isBinaryDataByte(body[i]) ? 1 : 0;
    }
    if (controls > 1 && controls * CONTROL_SHARE > window) {
      return "binary content (" + controls + " control bytes in the first " + window + ")";
    }
    return null;
  }

  /** Markup near the start: a doctype, or one of the tags every HTML page opens with. */
  public static boolean looksLikeHtml(byte[] body) {
    String head = head(body).toLowerCase(Locale.ROOT);
    for (String marker : HTML_MARKERS) {
      if (head.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  /** The first bytes as text: UTF-16 where it is, else bytes as Latin-1 (markup is ASCII). */
  private static String head(byte[] body) {
    Charset wide = wideUnicode(body);
    int n = Math.min(body.length, MARKUP_WINDOW);
    return new String(body, 0, n, wide != null ? wide : StandardCharsets.ISO_8859_1);
  }

  /** UTF-16 (or UTF-32) by its byte order mark or its zero bytes, else null. */
  private static Charset wideUnicode(byte[] body) {
    ResolvedCharset bom = ByteOrderMark.of(body);
    if (bom != null && bom.bomLength() != 3) {
      return bom.charset();
    }
    return bom == null ? Utf16Sniffer.guess(body) : null;
  }

  /** The standard's binary data bytes: C0 controls but TAB, LF, FF, CR and ESC. */
  private static boolean isBinaryDataByte(byte b) {
    return b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B;
  }

  private static boolean isTextType(String type) {
    return type.equals("text/plain") || type.equals("text/markdown");
  }

  private static String normalise(String declaredType) {
    return declaredType == null ? "" : declaredType.strip().toLowerCase(Locale.ROOT);
  }
}
