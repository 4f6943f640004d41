package io.newsflow.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a page's own encoding declarations from its first bytes, as the WHATWG prescan does: the
 * first {@code <meta charset>} or {@code <meta http-equiv=content-type content="...; charset=...">}
 * naming a known encoding (unknown labels are passed over; a meta cannot declare UTF-16, which
 * means UTF-8). It reads as far as jsoup does for its own detection, 5 KB less one byte (the
 * standard's 1 KB misses declarations after long inline scripts), and, as jsoup's parse and
 * Chrome's tokenizer-based scan do, skips comments and the text of scripts, styles, titles and
 * textareas. A tag cut off by the end of the window counts for nothing, as in jsoup. It also reads
 * an XML declaration that opens the page, and the {@code lang} of the {@code <html>} element.
 *
 * <p>Works on bytes in any ASCII-compatible encoding; bounded by the window whatever the input.
 */
final class DeclarationScanner {
  /**
   * What jsoup reads before it decides: its 5 KB first read, less the byte that tests for the end.
   */
  static final int WINDOW = 5 * 1024 - 1;

  /** Elements whose content is text up to their end tag: a meta written there is no meta. */
  private static final List<String> RAW_TEXT =
      List.of("script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes");

  private final byte[] b;
  private final int end;
  private int pos;
  private String lang;

  private DeclarationScanner(byte[] bytes) {
    this.b = bytes;
    this.end = Math.min(bytes.length, WINDOW);
  }

  static Declarations scan(byte[] body) {
    DeclarationScanner scanner = new DeclarationScanner(body);
    Charset meta = scanner.firstMetaCharset();
    Charset xml = meta == null ? scanner.xmlDeclaration() : null; // jsoup: a meta wins
    return new Declarations(meta, xml, scanner.lang);
  }

  private Charset firstMetaCharset() {
    while (pos < end) {
      if (b[pos] != '<') {
        pos++;
      } else if (startsWith("<!--")) {
        skipComment();
      } else if (pos + 1 < end && isAsciiLetter(b[pos + 1])) {
        Charset found = startTag();
        if (found != null) {
          return found;
        }
      } else if (pos + 2 < end && b[pos + 1] == '/' && isAsciiLetter(b[pos + 2])) {
        pos += 2;
        tagName();
        readAttributes(null); // quoted values may hold '>'
      } else if (pos + 1 < end && (b[pos + 1] == '!' || b[pos + 1] == '/' || b[pos + 1] == '?')) {
        skipPast('>');
      } else {
        pos++;
      }
    }
    return null;
  }

  /** At a '<' followed by a letter: reads the tag, the charset if it is a meta declaring one. */
  private Charset startTag() {
    pos++;
    String name = tagName();
    boolean meta = name.equals("meta");
    boolean html = name.equals("html");
    List<String[]> attributes = meta || html ? new ArrayList<>() : null;
    if (!readAttributes(attributes)) {
      return null; // cut off by the window
    }
    if (html && lang == null) {
      lang = value(attributes, "lang");
      lang = lang != null ? lang : value(attributes, "xml:lang");
    }
    if (RAW_TEXT.contains(name)) {
      skipRawText(name);
    }
    return meta ? metaCharset(attributes) : null;
  }

  /** The WHATWG rules for one meta element: which attribute declares, and whether it counts. */
  private static Charset metaCharset(List<String[]> attributes) {
    boolean gotPragma = false;
    Boolean needPragma = null;
    String label = null;
    for (String[] attribute : attributes) {
      switch (attribute[0]) {
        case "http-equiv" -> gotPragma |= attribute[1].strip().equalsIgnoreCase("content-type");
        case "content" -> {
          String fromContent = label == null ? charsetInContent(attribute[1]) : null;
          if (fromContent != null) {
            label = fromContent;
            needPragma = true;
          }
        }
        case "charset" -> {
          if (label == null) {
            label = attribute[1];
            needPragma = false;
          }
        }
        default -> {}
      }
    }
    if (needPragma == null || (needPragma && !gotPragma)) {
      return null;
    }
    Charset charset = EncodingLabels.forLabel(label);
    boolean utf16 =
        StandardCharsets.UTF_16LE.equals(charset) || StandardCharsets.UTF_16BE.equals(charset);
    return utf16 ? StandardCharsets.UTF_8 : charset; // bytes a meta can be read from are not UTF-16
  }

  /** "text/html; charset=gb2312" gives "gb2312" (the standard's extraction from a meta content). */
  static String charsetInContent(String content) {
    String lower = content.toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int at = lower.indexOf("charset", from);
      if (at < 0) {
        return null;
      }
      int i = skipSpaces(lower, at + "charset".length());
      if (i >= lower.length() || lower.charAt(i) != '=') {
        from = at + "charset".length();
        continue;
      }
      i = skipSpaces(lower, i + 1);
      if (i >= lower.length()) {
        return null;
      }
      char quote = content.charAt(i);
      if (quote == '"' || quote == '\'') {
        int close = content.indexOf(quote, i + 1);
        return close < 0 ? null : content.substring(i + 1, close);
      }
      int stop = i;
      while (stop < content.length()
          && !isSpace(content.charAt(stop))
          && content.charAt(stop) != ';') {
        stop++;
      }
      return content.substring(i, stop);
    }
  }

  /** The encoding of an XML declaration opening the page (whitespace before it is allowed). */
  private Charset xmlDeclaration() {
    int i = 0;
    while (i < end && isSpace(b[i])) {
      i++;
    }
    pos = i;
    if (!startsWith("<?xml") || i + 5 >= end || !isSpace(b[i + 5])) {
      return null;
    }
    int close = indexOf("?>", i);
    if (close < 0) {
      return null;
    }
    String declaration = new String(b, i, close - i, StandardCharsets.ISO_8859_1);
    int at = declaration.indexOf("encoding");
    if (at < 0) {
      return null;
    }
    int v = skipSpaces(declaration, at + "encoding".length());
    if (v >= declaration.length() || declaration.charAt(v) != '=') {
      return null;
    }
    v = skipSpaces(declaration, v + 1);
    if (v >= declaration.length()
        || (declaration.charAt(v) != '"' && declaration.charAt(v) != '\'')) {
      return null;
    }
    int stop = declaration.indexOf(declaration.charAt(v), v + 1);
    return stop < 0 ? null : EncodingLabels.forLabel(declaration.substring(v + 1, stop));
  }

  /** Reads a tag name from pos, in lower case. */
  private String tagName() {
    int start = pos;
    while (pos < end && !isSpace(b[pos]) && b[pos] != '/' && b[pos] != '>') {
      pos++;
    }
    return ascii(start, pos).toLowerCase(Locale.ROOT);
  }

  /**
   * Reads attributes up to and past the tag's '>' (the standard's "get an attribute" steps),
   * keeping the first of each name in {@code into} if given. False when the window ends first.
   */
  private boolean readAttributes(List<String[]> into) {
    while (true) {
      while (pos < end && (isSpace(b[pos]) || b[pos] == '/')) {
        pos++;
      }
      if (pos >= end) {
        return false;
      }
      if (b[pos] == '>') {
        pos++;
        return true;
      }
      int nameStart = pos++; // a first '=' belongs to the name
      while (pos < end && !isSpace(b[pos]) && b[pos] != '/' && b[pos] != '>' && b[pos] != '=') {
        pos++;
      }
      String name = ascii(nameStart, pos).toLowerCase(Locale.ROOT);
      int afterName = pos;
      while (pos < end && isSpace(b[pos])) {
        pos++;
      }
      String value = "";
      if (pos < end && b[pos] == '=') {
        pos++;
        while (pos < end && isSpace(b[pos])) {
          pos++;
        }
        value = attributeValue();
        if (value == null) {
          return false;
        }
      } else {
        pos = afterName; // a name alone; what follows is the next attribute
      }
      if (into != null && value(into, name) == null) {
        into.add(new String[] {name, value});
      }
    }
  }

  private String attributeValue() {
    if (pos >= end) {
      return null;
    }
    byte quote = b[pos];
    if (quote == '"' || quote == '\'') {
      int start = ++pos;
      while (pos < end && b[pos] != quote) {
        pos++;
      }
      if (pos >= end) {
        return null;
      }
      return ascii(start, pos++);
    }
    int start = pos;
    while (pos < end && !isSpace(b[pos]) && b[pos] != '>') {
      pos++;
    }
    return ascii(start, pos);
  }

  private static String value(List<String[]> attributes, String name) {
    for (String[] attribute : attributes) {
      if (attribute[0].equals(name)) {
        return attribute[1];
      }
    }
    return null;
  }

  /** A comment ends at the first "-->", which may share its dashes with the opening "<!--". */
  private void skipComment() {
    int close = indexOf("-->", pos + 2);
    pos = close < 0 ? end : close + 3;
  }

  /**
   * Skips to the element's end tag ("</script" followed by a space, '/' or '>'), or the window's
   * end.
   */
  private void skipRawText(String name) {
    String endTag = "</" + name;
    for (int i = pos; i + endTag.length() < end; i++) {
      if (b[i] == '<' && regionMatchesIgnoreCase(i, endTag)) {
        byte after = b[i + endTag.length()];
        if (isSpace(after) || after == '/' || after == '>') {
          pos = i;
          return;
        }
      }
    }
    pos = end;
  }

  private void skipPast(char c) {
    while (pos < end && b[pos] != c) {
      pos++;
    }
    pos++;
  }

  private int indexOf(String s, int from) {
    for (int i = from; i + s.length() <= end; i++) {
      if (regionMatchesIgnoreCase(i, s)) {
        return i;
      }
    }
    return -1;
  }

  private boolean startsWith(String s) {
    return pos + s.length() <= end && regionMatchesIgnoreCase(pos, s);
  }

  /** {@code s} in lower case (or not a letter) at {@code at}, ASCII case ignored in the bytes. */
  private boolean regionMatchesIgnoreCase(int at, String s) {
    for (int j = 0; j < s.length(); j++) {
      int c = b[at + j];
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != s.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private String ascii(int from, int to) {
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isAsciiLetter(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
