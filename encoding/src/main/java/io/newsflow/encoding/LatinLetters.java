package io.newsflow.encoding;

import java.nio.charset.Charset;

/**
 * Chooses the single-byte charset of text that universalchardet can only call "windows-1252" (and
 * whose page names no language, or declares windows-1252), by the marks other charsets' letters
 * leave when read as windows-1252: Turkish "ı", "ş", "ğ" as the Icelandic "ý", "þ", "ð" (Icelandic
 * itself never goes without "á", "í", "ú" or "æ"); Polish "ł" as "³" beside "¹" or "±" for "ą";
 * Czech "ě", "ř" as "ì", "ø" (no Nordic "å" or "æ" beside them); Lithuanian and Latvian "š", "ž" as
 * "ð", "þ" beside "ë", "û", "â", "î" for "ė", "ū", "ā", "ī"; Arabic (windows-1256, which
 * universalchardet has no model for) as a capital "Ç" for its most frequent letter beside "á". Each
 * sign is a frequent letter of its language read as a character Western text uses rarely; anything
 * else stays windows-1252, the web's legacy default.
 */
final class LatinLetters {
  private static final Charset WINDOWS_1252 = EncodingLabels.forLabel("windows-1252");
  private static final Charset WINDOWS_1250 = EncodingLabels.forLabel("windows-1250");
  private static final Charset ISO_8859_2 = EncodingLabels.forLabel("iso-8859-2");
  private static final Charset WINDOWS_1254 = EncodingLabels.forLabel("windows-1254");
  private static final Charset WINDOWS_1257 = EncodingLabels.forLabel("windows-1257");
  private static final Charset WINDOWS_1256 = EncodingLabels.forLabel("windows-1256");

  /** Occurrences a sign needs: one stray superscript or name proves nothing. */
  private static final int MIN_SIGNS = 3;

  private LatinLetters() {}

  /**
   * The Latin charset of {@code text}: windows-1252 unless its bytes, read so, carry the signs of
   * another's letters.
   */
  static Charset choose(byte[] text) {
    String read = new String(text, WINDOWS_1252);
    int nonAscii = 0;
    for (int i = 0; i < read.length(); i++) {
      nonAscii += read.charAt(i) >= 0x80 ? 1 : 0;
    }
    if (signs(read, "ýþðÝÞÐ", nonAscii) && count(read, "áíúæÁÍÚÆ") == 0) {
      return WINDOWS_1254;
    }
    int latin1250 = count(read, "¹¥"); // "ą", "Ą" where windows-1250 puts them
    int latin2 = count(read, "±¡"); // and where ISO-8859-2 does
    if (signs(read, "³", nonAscii) && latin1250 + latin2 >= MIN_SIGNS) {
      return latin2 > latin1250 ? ISO_8859_2 : WINDOWS_1250;
    }
    if (signs(read, "ìÌøØ", nonAscii)
        && count(read, "ìÌ") >= MIN_SIGNS
        && count(read, "øØ") >= MIN_SIGNS
        && count(read, "åæÅÆ") == 0) {
      return count(read, "¹¾©®") > count(read, "šžŠŽ") ? ISO_8859_2 : WINDOWS_1250;
    }
    if (signs(read, "ðþÐÞ", nonAscii) && count(read, "ëûâîËÛÂÎ") >= MIN_SIGNS) {
      return WINDOWS_1257; // Lithuanian "š ž" beside "ė ū", Latvian "š ž" beside "ā ī ū"
    }
    if (count(read, "Ç") >= MIN_SIGNS
        && count(read, "Ç") * 12 >= nonAscii
        && count(read, "á") >= MIN_SIGNS) {
      return WINDOWS_1256; // Arabic "ا", its most frequent letter, and "ل" of the article "ال"
    }
    return WINDOWS_1252;
  }

  /**
   * At least {@link #MIN_SIGNS} of the characters, and a tenth of all non-ASCII ones: the letters
   * they stand for are among their language's most frequent, while a Western page's few "m³" or
   * Nordic names are lost among its accents.
   */
  private static boolean signs(String read, String chars, int nonAscii) {
    int n = count(read, chars);
    return n >= MIN_SIGNS && n * 10 >= nonAscii;
  }

  private static int count(String text, String chars) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += chars.indexOf(text.charAt(i)) >= 0 ? 1 : 0;
    }
    return n;
  }
}
