package io.newsflow.enrich.html;

import java.util.Locale;

/**
 * Recognises, from the raw bytes, a page that jsoup's own charset detection (for pages without a
 * header charset) would read as UTF-8, so the parser can be told so and jsoup need not parse the
 * first 5 KB a second time to find out: the page's first charset declaration says UTF-8, or the
 * part jsoup reads declares no charset at all (jsoup then keeps UTF-8 too).
 *
 * <p>Only says yes when jsoup's detection would end in UTF-8 too: it reads the tags from the
 * start of the page in the order jsoup's {@code meta[http-equiv=content-type], meta[charset]}
 * query would see them, within the part jsoup reads, and gives up (null: let jsoup decide) at
 * anything it does not read as jsoup does (CDATA, noscript, templates, odd comment endings, a
 * script that opens a comment...), a byte order mark, or any declaration that is not plainly
 * UTF-8. Comments and the text of scripts, styles and titles are skipped as the tokenizer does.
 */
final class Utf8Prescan {
  /** What jsoup reads for its detection. */
  static final int JSOUP_READS = 5120;
  /** A little margin for the end of a tag. */
  static final int WINDOW = JSOUP_READS - 8;
  private static final String[] GIVE_UP_AT = {"textarea", "noscript", "template", "xmp",
    "iframe", "noembed", "noframes", "plaintext", "svg", "math", "select", "object"};
  /** Elements whose content is text up to their end tag: skipped, as jsoup's tokenizer does. */
  private static final String[] RAW_TEXT = {"script", "style", "title"};

  private final byte[] b;
  private final int end;
  private int pos;

  private Utf8Prescan(byte[] bytes) {
    this.b = bytes;
    this.end = Math.min(bytes.length, WINDOW);
  }

  /**
   * True when jsoup's detection would settle on UTF-8: the page declares nothing in the part
   * jsoup reads, or declares UTF-8 first, in a way jsoup would read the same.
   */
  static boolean meansUtf8(byte[] bytes) {
    if (mayStartWithBom(bytes)) {
      return false; // jsoup's rules apply
    }
    Boolean verdict = new Utf8Prescan(bytes).scan(); // most pages: a UTF-8 meta near the start
    if (Boolean.TRUE.equals(verdict)) {
      return true;
    }
    Words words = Words.of(bytes);
    if (!words.charset && !words.encoding) {
      // Attribute names cannot be spelt with references, a value's letters only with numeric ones.
      return !(words.httpEquiv && words.numericReference);
    }
    // With no meta declaring a charset ("charset" was a script's attribute, say): the scan does
    // not read an XML declaration's encoding, nor references that could spell "charset=".
    return verdict == null && !words.encoding && !(words.httpEquiv && words.reference);
  }

  /**
   * A byte order mark, or something like one (jsoup reads UTF-32 and UTF-16 marks in either byte
   * order, and UTF-8's): such a page's charset is the mark's, whatever else is declared.
   */
  static boolean mayStartWithBom(byte[] b) {
    if (b.length < 2) {
      return false;
    }
    int first = b[0] & 0xff;
    return first >= 0xfe || first == 0xef || (first == 0 && b[1] == 0);
  }

  /** Which telling words and references occur in what jsoup reads (ASCII case ignored). */
  private record Words(boolean charset, boolean encoding, boolean httpEquiv, boolean reference,
      boolean numericReference) {

    static Words of(byte[] b) {
      boolean charset = false;
      boolean encoding = false;
      boolean httpEquiv = false;
      boolean reference = false;
      boolean numeric = false;
      for (int i = 0, end = Math.min(b.length, JSOUP_READS); i < end; i++) {
        int c = b[i] | 0x20; // ASCII upper case to lower; other bytes match no word's letters
        charset |= c == 'c' && regionMatchesIgnoringCase(b, i, "charset");
        encoding |= c == 'e' && regionMatchesIgnoringCase(b, i, "encoding");
        httpEquiv |= c == 'h' && regionMatchesIgnoringCase(b, i, "http-equiv");
        if (b[i] == '&') {
          reference = true;
          numeric |= i + 1 < b.length && b[i + 1] == '#';
        }
      }
      return new Words(charset, encoding, httpEquiv, reference, numeric);
    }
  }

  private static boolean regionMatchesIgnoringCase(byte[] b, int at, String word) {
    if (at + word.length() > b.length) {
      return false;
    }
    for (int k = 1; k < word.length(); k++) {
      if ((b[at + k] | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** TRUE or FALSE when a declaration decides (or the scan gives up: FALSE), null for none. */
  private Boolean scan() {
    while (pos < end) {
      if (b[pos] != '<') {
        pos++;
        continue;
      }
      pos++;
      if (pos >= end) {
        return null; // too near jsoup's end for a declaration to fit
      }
      byte c = b[pos];
      if (c == '!') {
        if (startsWith("![")) {
          return false;
        }
        if (startsWith("!--")) {
          if (!skipComment()) {
            return false;
          }
        } else {
          skipToTagEnd(); // doctype
        }
      } else if (c == '?' || c == '/') {
        skipToTagEnd(); // XML declaration (a bogus comment to jsoup) or an end tag
      } else if (isAsciiLetter(c)) {
        Boolean verdict = tag();
        if (verdict != null) {
          return verdict;
        }
      }
    }
    return null;
  }

  /** Reads one start tag: a verdict if it decides, null to go on with the next tag. */
  private Boolean tag() {
    int nameStart = pos;
    while (pos < end && !isSpace(b[pos]) && b[pos] != '>' && b[pos] != '/') {
      pos++;
    }
    String name = ascii(nameStart, pos).toLowerCase(Locale.ROOT);
    for (String stop : GIVE_UP_AT) {
      if (stop.equals(name)) {
        return false;
      }
    }
    MetaAttributes attrs = new MetaAttributes();
    if (!readAttributes("meta".equals(name) ? attrs : null)) {
      // The tag runs past the window: jsoup may still read a meta whole, nothing after it.
      return "meta".equals(name) ? Boolean.FALSE : null;
    }
    for (String raw : RAW_TEXT) {
      if (raw.equals(name)) {
        return skipRawText(name) ? null : Boolean.FALSE;
      }
    }
    return "meta".equals(name) ? attrs.verdict() : null;
  }

  /**
   * Skips a comment's text: it ends at the first "-->" ("<!-->" and "<!--->" are empty ones).
   * False (give up) for the rarer endings, which are not worth imitating.
   */
  private boolean skipComment() {
    pos += 3;
    if (startsWith(">") || startsWith("->")) {
      return false;
    }
    int close = indexOf("-->", pos);
    int bang = indexOf("--!>", pos);
    if (bang >= 0 && (close < 0 || bang < close)) {
      return false;
    }
    pos = close < 0 ? end : close + 3; // (unclosed: jsoup reads it to its end, and no further)
    return true;
  }

  /**
   * Skips the text of a script, style or title to its end tag. A script holding "<!--" can
   * escape its end tag in the HTML tokenizer: give up on those.
   */
  private boolean skipRawText(String name) {
    String endTag = "</" + name;
    int from = pos;
    while (true) {
      int at = indexOfIgnoreCase(endTag, from);
      if (at < 0 || at + endTag.length() >= end) {
        pos = end; // runs past the window: jsoup reads it to its end, and no further
        return true;
      }
      byte after = b[at + endTag.length()];
      if (isSpace(after) || after == '/' || after == '>') {
        if ("script".equals(name) && indexOf("<!--", pos) >= 0 && indexOf("<!--", pos) < at) {
          return false;
        }
        pos = at + endTag.length();
        skipToTagEnd();
        return true;
      }
      from = at + 1;
    }
  }

  private int indexOf(String s, int from) {
    for (int i = from; i + s.length() <= end; i++) {
      if (regionMatches(i, s, false)) {
        return i;
      }
    }
    return -1;
  }

  private int indexOfIgnoreCase(String s, int from) {
    for (int i = from; i + s.length() <= end; i++) {
      if (regionMatches(i, s, true)) {
        return i;
      }
    }
    return -1;
  }

  private boolean regionMatches(int at, String s, boolean ignoreCase) {
    for (int j = 0; j < s.length(); j++) {
      int c = b[at + j];
      if (ignoreCase && c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != s.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** The attributes jsoup's charset detection reads, first occurrence of each kept. */
  private static final class MetaAttributes {
    String httpEquiv;
    String charset;
    String content;

    void put(String name, String value) {
      switch (name) {
        case "http-equiv" -> httpEquiv = httpEquiv == null ? value : httpEquiv;
        case "charset" -> charset = charset == null ? value : charset;
        case "content" -> content = content == null ? value : content;
        default -> { }
      }
    }

    /** Null when jsoup's query would not match this meta; else whether it says UTF-8. */
    Boolean verdict() {
      boolean contentType = httpEquiv != null && httpEquiv.trim().equalsIgnoreCase("content-type");
      if (!contentType && charset == null) {
        return null;
      }
      if (httpEquiv != null && !contentType) {
        return false; // matched by its charset attribute, but read oddly by jsoup: leave it
      }
      String found = httpEquiv != null && content != null ? fromContentType(content) : null;
      if (found == null && charset != null) {
        found = charset;
      }
      if (found == null) {
        return null; // jsoup goes on to the next declaration
      }
      String name = found.trim().replace("\"", "").replace("'", "");
      return name.equalsIgnoreCase("utf-8");
    }

    /** "text/html; charset=utf-8" gives "utf-8"; anything unusual gives a non-UTF-8 answer. */
    private static String fromContentType(String contentType) {
      int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
      if (at < 0) {
        return null;
      }
      if (at > 0 && Character.isLetterOrDigit(contentType.charAt(at - 1))) {
        return "?"; // not at a word boundary: not worth imitating jsoup's regex here
      }
      String rest = contentType.substring(at + 8).trim();
      int stop = 0;
      while (stop < rest.length() && ",; \t\n\r\f".indexOf(rest.charAt(stop)) < 0) {
        stop++;
      }
      String value = rest.substring(0, stop).replace("\"", "").replace("'", "");
      return value.isEmpty() ? null : value;
    }
  }

  /** Reads attributes up to the tag's '>'; false if the window ends first. */
  private boolean readAttributes(MetaAttributes into) {
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
      int nameStart = pos;
      pos++; // a first '=' belongs to the name, as in the HTML tokenizer
      while (pos < end && !isSpace(b[pos]) && b[pos] != '/' && b[pos] != '>' && b[pos] != '=') {
        pos++;
      }
      String name = ascii(nameStart, pos).toLowerCase(Locale.ROOT);
      while (pos < end && isSpace(b[pos])) {
        pos++;
      }
      String value = "";
      if (pos < end && b[pos] == '=') {
        pos++;
        while (pos < end && isSpace(b[pos])) {
          pos++;
        }
        value = readValue();
        if (value == null) {
          return false;
        }
      }
      if (into != null) {
        into.put(name, value);
      }
    }
  }

  private String readValue() {
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

  /** Skips to after the next '>' (doctype, end tag, declaration); quotes are not special there. */
  private void skipToTagEnd() {
    while (pos < end && b[pos] != '>') {
      pos++;
    }
    pos++;
  }

  private boolean startsWith(String s) {
    return pos + s.length() <= end && regionMatches(pos, s, false);
  }

  /** Bytes as ISO-8859-1: declarations are ASCII in every charset jsoup can sniff this way. */
  private String ascii(int from, int to) {
    return new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isAsciiLetter(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
