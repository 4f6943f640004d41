package io.newsflow.encoding;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The charset a body is to be decoded in, where that came from, how many bytes of byte order mark
 * to skip, and whether the bytes overruled what the page or its server declared.
 */
public record ResolvedCharset(Charset charset, Source source, int bomLength, boolean overridden) {

  /** Where the charset came from, in the order they are consulted. */
  public enum Source {
    /** A byte order mark; nothing else is read. */
    BOM,
    /** The charset parameter of the Content-Type header. */
    HEADER,
    /** A meta charset or http-equiv Content-Type in the page's first 5 KB. */
    META,
    /** An XML declaration opening the page. */
    XML_DECLARATION,
    /**
     * The bytes themselves: UTF-16 by its zero bytes, a legacy charset in bytes that are not UTF-8
     * (windows-1252 for a few stray bytes), or UTF-8 in bytes declared in a legacy charset.
     */
    DETECTED,
    /** Nothing declared, and the bytes are UTF-8 (or ASCII, or fit no charset better): UTF-8. */
    DEFAULT
  }

  public ResolvedCharset {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(source, "source");
    if (bomLength < 0 || bomLength > 4) {
      throw new IllegalArgumentException("bomLength must be 0..4, was " + bomLength);
    }
    if (bomLength > 0 && source != Source.BOM) {
      throw new IllegalArgumentException("a BOM length needs the BOM source, not " + source);
    }
  }

  /** The JDK's canonical name, e.g. "UTF-8", "windows-1252", "Shift_JIS" is "windows-31j". */
  public String name() {
    return charset.name();
  }

  @Override
  public String toString() {
    return charset.name()
        + " ("
        + source.name().toLowerCase(java.util.Locale.ROOT)
        + (overridden ? ", declaration overridden" : "")
        + (bomLength > 0 ? ", BOM " + bomLength + " bytes" : "")
        + ")";
  }
}
