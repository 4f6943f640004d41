package io.newsflow.ingest.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of a page, in the order browsers use: a byte order mark, the Content-Type header,
 * then a meta tag (or the XML declaration) in the first bytes. Names the JVM does not know are
 * ignored; null when nothing says.
 */
public final class CharsetDetector {
  private static final int SNIFF_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

  private CharsetDetector() {}

  public static String detect(byte[] body, String headerCharset) {
    String bom = bom(body);
    if (bom != null) {
      return bom;
    }
    String header = known(headerCharset);
    if (header != null) {
      return header;
    }
    // ASCII-compatible view of the start; a declaration is plain ASCII in any of them.
    String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    for (Pattern p : new Pattern[] {XML_ENCODING, META_CHARSET}) {
      Matcher m = p.matcher(head);
      if (m.find()) {
        String declared = known(m.group(1));
        if (declared != null) {
          return declared;
        }
      }
    }
    return null;
  }

  static String bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return "UTF-8";
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return "UTF-16BE";
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return "UTF-16LE";
    }
    return null;
  }

  private static String known(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip()).name();
    } catch (IllegalArgumentException e) { // illegal or unsupported name
      return null;
    }
  }

  /** The body as text in the detected charset, UTF-8 when nothing was declared. */
  public static String decode(byte[] body, String charset) {
    Charset cs = charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset);
    int skip = bom(body) != null ? (bom(body).equals("UTF-8") ? 3 : 2) : 0;
    return new String(body, skip, body.length - skip, cs);
  }
}
