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
   * The Latin charset of {@code text} (a page's bytes or an excerpt of them): windows-1252 unless
   * its bytes, read so, carry the signs of another's letters. One pass counts the bytes; each sign
   * is then a sum of a few counts.
   */
  static Charset choose(byte[] text) {
    Counts read = Counts.of(text);
    if (read.signs("ýþðÝÞÐ") && read.count("áíúæÁÍÚÆ") == 0) {
      return WINDOWS_1254;
    }
    int latin1250 = read.count("¹¥"); // "ą", "Ą" where windows-1250 puts them
    int latin2 = read.count("±¡"); // and where ISO-8859-2 does
    if (read.signs("³") && latin1250 + latin2 >= MIN_SIGNS) {
      return latin2 > latin1250 ? ISO_8859_2 : WINDOWS_1250;
    }
    if (read.signs("ìÌøØ")
        && read.count("ìÌ") >= MIN_SIGNS
        && read.count("øØ") >= MIN_SIGNS
        && read.count("åæÅÆ") == 0) {
      return read.count("¹¾©®") > read.count("šžŠŽ") ? ISO_8859_2 : WINDOWS_1250;
    }
    if (read.signs("ðþÐÞ") && read.count("ëûâîËÛÂÎ") >= MIN_SIGNS) {
      return WINDOWS_1257; // Lithuanian "š ž" beside "ė ū", Latvian "š ž" beside "ā ī ū"
    }
    if (read.count("Ç") >= MIN_SIGNS
        && read.count("Ç") * 12 >= read.nonAscii
        && read.count("á") >= MIN_SIGNS) {
      return WINDOWS_1256; // Arabic "ا", its most frequent letter, and "ل" of the article "ال"
    }
    return WINDOWS_1252;
  }

  /** How often each byte occurs: in windows-1252 each byte is one character. */
  private static final class Counts {
    /** Enough to tell a page's charset; bounds the work on a large one. */
    private static final int MAX_NON_ASCII = 16 * 1024;

    private final int[] ofByte = new int[256];
    private int nonAscii;

    /** The non-ASCII bytes only (ASCII skipped eight at a time), the first 16 K of them. */
    static Counts of(byte[] text) {
      Counts c = new Counts();
      for (int i = Ascii.skip(text, 0); i < text.length && c.nonAscii < MAX_NON_ASCII; ) {
        c.ofByte[text[i] & 0xff]++;
        c.nonAscii++;
        i = Ascii.skip(text, i + 1);
      }
      return c;
    }

    /** Occurrences of the characters, given as windows-1252 text. */
    int count(String chars) {
      int n = 0;
      for (byte b : chars.getBytes(WINDOWS_1252)) {
        n += ofByte[b & 0xff];
      }
      return n;
    }

    /**
     * At least {@link #MIN_SIGNS} of the characters, and a tenth of all non-ASCII ones: the letters
     * they stand for are among their language's most frequent, while a Western page's few "m³" or
     * Nordic names are lost among its accents.
     */
    boolean signs(String chars) {
      int n = count(chars);
      return n >= MIN_SIGNS && n * 10 >= nonAscii;
    }
  }
}
