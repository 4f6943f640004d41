package io.newsflow.encoding;

import java.nio.charset.Charset;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Names the legacy charset of bytes that are not UTF-8, with Mozilla's universalchardet (the
 * detector Firefox shipped before 2019). Its answers for the East Asian multi-byte charsets,
 * Cyrillic, Greek, Hebrew and Thai are taken, an East Asian one only for bytes laid out as
 * double-byte text (an English page's few curly quotes in windows-1252 can read as GBK). It has no
 * model for Latin text beyond "windows-1252", nor for Arabic, and it mistakes German for
 * x-mac-cyrillic (a charset no web page uses): for those answers, and when it has none for text
 * that has words, the page's declared language picks its locale's legacy charset as a browser
 * set to that language would ({@link LocaleFallback}), else windows-1252, the web's legacy
 * default; each only for bytes laid out as its text is ({@link HighByteRuns}: words for a
 * single-byte charset, pairs for a double-byte one), so random data gets no charset.
 */
final class LegacyDetector {
  /** Its answers that mean "some single-byte text I have no model for". */
  private static final Set<String> UNSURE = Set.of("WINDOWS-1252", "MACCYRILLIC", "US-ASCII");
  /** Enough for its probers to settle; a page's charset shows well before this. */
  private static final int MAX_BYTES = 256 * 1024;
  private static final int CHUNK = 8 * 1024;
  private static final Charset WINDOWS_1252 = EncodingLabels.forLabel("windows-1252");

  private LegacyDetector() {}

  /** The legacy charset of {@code body}, or null when it is no text in any. */
  static Charset detect(byte[] body, int from, String lang) {
    String answer = universalchardet(body, from);
    Charset named = answer == null || UNSURE.contains(answer) ? null
        : EncodingLabels.forLabel(answer.equals("TIS620") ? "tis-620" : answer);
    if (named != null && named.name().startsWith("UTF")) {
      named = null; // it names UTF-16 and -32 only for marks, handled before
    }
    HighByteRuns runs = HighByteRuns.of(body, from);
    if (named != null && (!isMultiByte(named) || runs.likeDoubleByteText())) {
      return named;
    }
    Charset byLanguage = LocaleFallback.forLanguage(lang);
    if (byLanguage != null && (isMultiByte(byLanguage) ? runs.likeDoubleByteText() : runs.likeWords())) {
      return byLanguage;
    }
    return runs.likeWords() ? WINDOWS_1252 : null; // not even words: no text in a single-byte charset
  }

  private static boolean isMultiByte(Charset charset) {
    return charset.newEncoder().maxBytesPerChar() > 1;
  }

  private static String universalchardet(byte[] body, int from) {
    UniversalDetector detector = new UniversalDetector();
    int end = Math.min(body.length, from + MAX_BYTES);
    for (int i = from; i < end && !detector.isDone(); i += CHUNK) {
      detector.handleData(body, i, Math.min(CHUNK, end - i));
    }
    detector.dataEnd();
    return detector.getDetectedCharset();
  }
}
