package io.newsflow.encoding;

import java.util.Objects;

/**
 * Text decoded from bytes, and how many of its characters stand for input that did not decode
 * (U+FFFD in place of malformed or unmappable bytes, or of NUL).
 */
public record DecodedText(String text, int replaced) {
  /**
   * Past this share of replaced characters a body is refused as undecodable. Measured on the 311
   * UTF-8 pages of the multilingual set re-encoded in their language's legacy charset, their text
   * read as UTF-8: Latin-script languages lose 0 to 11% of their characters (readable, with holes),
   * Arabic, Cyrillic, Thai, Chinese, Japanese and Korean 48 to 82% (mostly ASCII ones less);
   * decoded in the right charset, all 314 pages have none. Refusing past 30% keeps an article with
   * bad bytes and refuses text of which nothing can be read.
   */
  public static final double MAX_REPLACED_SHARE = 0.30;

  public DecodedText {
    Objects.requireNonNull(text, "text");
    if (replaced < 0 || replaced > text.length()) {
      throw new IllegalArgumentException(
          "replaced must be 0.." + text.length() + ", was " + replaced);
    }
  }

  /** Replaced characters over all characters; 0 for an empty text. */
  public double replacedShare() {
    return text.isEmpty() ? 0 : (double) replaced / text.length();
  }

  /** More than {@link #MAX_REPLACED_SHARE} of the text is replacement: the bytes were not text. */
  public boolean mostlyUndecodable() {
    return replacedShare() > MAX_REPLACED_SHARE;
  }
}
