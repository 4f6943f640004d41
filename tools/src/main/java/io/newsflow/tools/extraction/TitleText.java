package io.newsflow.tools.extraction;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How the evaluations compare titles: exactly, after Unicode NFC, with runs of whitespace as one
 * space and without the invisible characters (soft hyphen, zero-width space and joiners, word
 * joiner, byte-order mark) that the extractor drops from all text; some expected titles carry them
 * ("Helikopter\u00ADlandeplatz"), which no reader sees. Quotes, dashes and case count.
 */
final class TitleText {
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private TitleText() {}

  static String norm(String s) {
    if (s == null) {
      return "";
    }
    String visible = INVISIBLE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll("");
    return SPACES.matcher(visible).replaceAll(" ").trim();
  }
}
