package io.newsflow.encoding;

import java.nio.charset.Charset;

/**
 * Chooses the single-byte Latin charset of text that universalchardet can only call "windows-1252"
 * and whose page names no language, by the marks other charsets' letters leave in windows-1252:
 * Turkish "ı", "ş", "ğ" read as the Icelandic "ý", "þ", "ð" (Icelandic itself never goes without
 * "á", "í", "ú" or "æ"); Polish "ł" as "³" beside "¹" or "±" for "ą"; Czech "ě", "ř" as "ì", "ø"
 * (no Nordic "å" or "æ" beside them). Each sign is a letter of its language read as a character no
 * Western text uses that often; anything else stays windows-1252, the web's legacy default.
 */
final class LatinLetters {
  private static final Charset WINDOWS_1252 = EncodingLabels.forLabel("windows-1252");
  private static final Charset WINDOWS_1250 = EncodingLabels.forLabel("windows-1250");
  private static final Charset ISO_8859_2 = EncodingLabels.forLabel("iso-8859-2");
  private static final Charset WINDOWS_1254 = EncodingLabels.forLabel("windows-1254");
  private static final Charset WINDOWS_1257 = EncodingLabels.forLabel("windows-1257");

  /** Occurrences a sign needs: one stray superscript or name proves nothing. */
  private static final int MIN_SIGNS = 3;

  private LatinLetters() {}

  /** The Latin charset of {@code text} (no declared charset, no declared language). */
  static Charset choose(byte[] text) {
    String read = new String(text, WINDOWS_1252);
    if (count(read, "ýþðÝÞÐ") >= MIN_SIGNS && count(read, "áíúæÁÍÚÆ") == 0) {
      return WINDOWS_1254;
    }
    int latin2Only = count(read, "±¶¼¡¦¬"); // ą ś ź Ą Ś Ź where only ISO-8859-2 puts them
    if (count(read, "³") >= MIN_SIGNS && count(read, "¹œŸ¥Œ") + latin2Only >= MIN_SIGNS) {
      return latin2Only > count(read, "¹œŸ¥Œ") ? ISO_8859_2 : WINDOWS_1250;
    }
    if (count(read, "ìÌ") >= MIN_SIGNS
        && count(read, "øØ") >= MIN_SIGNS
        && count(read, "åæÅÆ") == 0) {
      return count(read, "¹¾©®") > count(read, "šžŠŽ") ? ISO_8859_2 : WINDOWS_1250;
    }
    if (count(read, "ðþÐÞ") >= MIN_SIGNS && count(read, "ëûâîËÛÂÎ") >= MIN_SIGNS) {
      return WINDOWS_1257; // Lithuanian "š ž" beside "ė ū", Latvian "š ž" beside "ā ī ū"
    }
    return WINDOWS_1252;
  }

  private static int count(String text, String chars) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += chars.indexOf(text.charAt(i)) >= 0 ? 1 : 0;
    }
    return n;
  }
}
