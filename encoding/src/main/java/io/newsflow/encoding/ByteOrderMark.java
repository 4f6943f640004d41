package io.newsflow.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The byte order marks that decide a page's encoding before anything else: UTF-8's and UTF-16's in
 * either byte order, as in browsers, and UTF-32's, as in jsoup (FF FE 00 00 is read as UTF-32LE
 * rather than UTF-16LE starting with a NUL).
 */
final class ByteOrderMark {
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private ByteOrderMark() {}

  /** The charset and mark length, or null without a mark. */
  static ResolvedCharset of(byte[] b) {
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return bom(UTF_32BE, 4);
    }
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return bom(UTF_32LE, 4);
    }
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return bom(StandardCharsets.UTF_8, 3);
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return bom(StandardCharsets.UTF_16BE, 2);
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return bom(StandardCharsets.UTF_16LE, 2);
    }
    return null;
  }

  private static ResolvedCharset bom(Charset charset, int length) {
    return new ResolvedCharset(charset, ResolvedCharset.Source.BOM, length, false);
  }

  private static boolean startsWith(byte[] b, int... mark) {
    if (b.length < mark.length) {
      return false;
    }
    for (int i = 0; i < mark.length; i++) {
      if ((b[i] & 0xFF) != mark[i]) {
        return false;
      }
    }
    return true;
  }
}
