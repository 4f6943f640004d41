package io.newsflow.encoding;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Names the legacy charset of bytes that are not UTF-8, with Mozilla's universalchardet (the
 * detector Firefox shipped before 2019). Its answers for the East Asian multi-byte charsets,
 * Cyrillic, Greek, Hebrew and Thai are taken, an East Asian one only for bytes laid out as
 * double-byte text (an English page's few curly quotes in windows-1252 can read as GBK). It has no
 * model for Latin text beyond "windows-1252", nor for Arabic, and it mistakes German for
 * x-mac-cyrillic (a charset no web page uses): for those answers, and when it has none for text
 * that has words, the page's declared language picks its locale's legacy charset as a browser set
 * to that language would ({@link LocaleFallback}), else the Latin charset whose letters the bytes
 * read as ({@link LatinLetters}: windows-1252, the web's legacy default, unless Central European or
 * Turkish letters read clearly better); each only for bytes laid out as its text is ({@link
 * HighByteRuns}: words for a single-byte charset, pairs for a double-byte one), so random data gets
 * no charset.
 */
final class LegacyDetector {
  /** Its answers that mean "some single-byte text I have no model for". */
  private static final Set<String> UNSURE = Set.of("WINDOWS-1252", "MACCYRILLIC", "US-ASCII");

  /** Text enough for its probers to settle; a page's charset shows well before this. */
  private static final int MAX_EXCERPT = 16 * 1024;

  /** ASCII bytes kept on either side of a non-ASCII one: the letters of its word and the next. */
  private static final int CONTEXT = 24;

  private LegacyDetector() {}

  /** The legacy charset of {@code body}, or null when it is no text in any. */
  static Charset detect(byte[] body, int from, String lang) {
    byte[] text = excerpt(body, from);
    String answer = universalchardet(text);
    Charset named =
        answer == null || UNSURE.contains(answer)
            ? null
            : EncodingLabels.forLabel(answer.equals("TIS620") ? "tis-620" : answer);
    if (named != null && named.name().startsWith("UTF")) {
      named = null; // it names UTF-16 and -32 only for marks, handled before
    }
    HighByteRuns runs = HighByteRuns.of(text, 0); // the excerpt keeps every run whole
    if (named != null && (!isMultiByte(named) || runs.likeDoubleByteText())) {
      return named;
    }
    Charset byLanguage = LocaleFallback.forLanguage(lang);
    if (byLanguage != null
        && (isMultiByte(byLanguage) ? runs.likeDoubleByteText() : runs.likeWords())) {
      return byLanguage;
    }
    return runs.likeWords()
        ? LatinLetters.choose(text)
        : null; // not even words: no text in a single-byte charset
  }

  private static boolean isMultiByte(Charset charset) {
    return charset.newEncoder().maxBytesPerChar() > 1;
  }

  /** Its answer for the text, or null. */
  private static String universalchardet(byte[] text) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(text, 0, text.length);
    detector.dataEnd();
    return detector.getDetectedCharset();
  }

  /**
   * The non-ASCII bytes of the body with a little ASCII around them, runs of nothing but ASCII
   * (markup, scripts, styles: most of a page) cut out. Its probers run over every byte once they
   * have seen a non-ASCII one, a dozen of them, so this keeps the detector's cost to the text.
   */
  static byte[] excerpt(byte[] body, int from) {
    byte[] out = new byte[Math.min(body.length - from, MAX_EXCERPT)];
    int length = 0;
    int copied = from; // body[from, copied) is in the excerpt or left out
    for (int i = Ascii.skip(body, from);
        i < body.length && length < out.length;
        i = Ascii.skip(body, copied)) {
      int start = Math.max(copied, i - CONTEXT);
      int end = i + CONTEXT + 1;
      for (int j = i + 1; j < end && j < body.length; j++) {
        end =
            body[j] < 0
                ? j + CONTEXT + 1
                : end; // a stretch ends CONTEXT bytes after its last non-ASCII byte
      }
      if (start > copied && length > 0) {
        out[length++] = ' '; // where ASCII was left out
      }
      int n = Math.min(Math.min(end, body.length) - start, out.length - length);
      System.arraycopy(body, start, out, length, n);
      length += n;
      copied = start + n;
    }
    return Arrays.copyOf(out, length);
  }
}
