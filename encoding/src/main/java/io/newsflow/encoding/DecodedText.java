package io.newsflow.encoding;

import java.util.Objects;

/**
 * Text decoded from bytes, and how many of its characters stand for input that did not decode
 * (U+FFFD in place of malformed or unmappable bytes, or of NUL).
 */
public record DecodedText(String text, int replaced) {
  /**
   * Past this share of replaced characters a body is refused as undecodable. Decoded in the right
   * charset, real pages stay far below (a stray byte, a broken ad snippet: under 1%); text in a
   * multi-byte charset read in the wrong one, or binary data, comes out with a third to nearly all
   * of its characters replaced. A page with some damage is still worth extracting.
   */
  public static final double MAX_REPLACED_SHARE = 0.25;

  public DecodedText {
    Objects.requireNonNull(text, "text");
    if (replaced < 0 || replaced > text.length()) {
      throw new IllegalArgumentException("replaced must be 0.." + text.length() + ", was " + replaced);
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
