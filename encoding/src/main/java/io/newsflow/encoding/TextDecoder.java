package io.newsflow.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Bytes to text that is always valid Unicode: malformed and unmappable input becomes U+FFFD (one
 * for each maximal bad subpart, as browsers do), as does NUL (as a browser's text/plain view shows
 * it), the byte order mark is skipped, and the replacements are counted so that a caller can tell a
 * page with a few bad bytes from bytes that are not text. Thread-safe.
 */
public final class TextDecoder {
  private static final char REPLACEMENT = '\uFFFD';

  private TextDecoder() {}

  /** Decodes {@code body} in the resolved charset. */
  public static DecodedText decode(byte[] body, ResolvedCharset charset) {
    Objects.requireNonNull(body, "body");
    int from = charset.bomLength();
    if (StandardCharsets.UTF_8.equals(charset.charset())) {
      // The JDK's own String decoding is the fastest there is; it replaces exactly what the count
      // finds.
      String text = new String(body, from, body.length - from, StandardCharsets.UTF_8);
      return withoutNul(text, Utf8Validity.count(body, from).malformed());
    }
    return withDecoder(body, from, charset.charset());
  }

  /** Any charset, replacing each malformed or unmappable input with one U+FFFD, counted. */
  static DecodedText withDecoder(byte[] body, int from, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body, from, body.length - from);
    CharBuffer out =
        CharBuffer.allocate(
            Math.max(
                16,
                (int)
                    Math.min(
                        Integer.MAX_VALUE - 16L,
                        (long) (in.remaining() * (double) decoder.averageCharsPerByte()) + 16)));
    int replaced = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        result = decoder.flush(out);
        if (result.isUnderflow()) {
          break;
        }
      }
      if (result.isOverflow()) {
        out = grow(out);
      } else if (result.isError()) {
        if (!out.hasRemaining()) {
          out = grow(out);
        }
        out.put(REPLACEMENT);
        replaced++;
        in.position(in.position() + badLength(result, charset));
      }
    }
    out.flip();
    return withoutNul(out.toString(), replaced);
  }

  /**
   * How much input one replacement stands for. The JDK's UTF-16 decoders report an unpaired high
   * surrogate together with the unit after it; that unit is decoded on its own, as browsers do.
   */
  private static int badLength(CoderResult result, Charset charset) {
    boolean utf16 = charset.name().startsWith("UTF-16");
    return utf16 ? Math.min(result.length(), 2) : result.length();
  }

  /** NUL shown as U+FFFD and counted with the other replacements. */
  private static DecodedText withoutNul(String text, int replaced) {
    int nul = text.indexOf('\0');
    if (nul < 0) {
      return new DecodedText(text, replaced);
    }
    int nuls = 0;
    for (int i = nul; i < text.length(); i++) {
      nuls += text.charAt(i) == 0 ? 1 : 0;
    }
    return new DecodedText(text.replace('\0', REPLACEMENT), replaced + nuls);
  }

  /**
   * {@code text} with every unpaired surrogate replaced by U+FFFD (the same instance when there is
   * none). Text from JSON escapes ("\ud800") or cut at a length limit can hold them; they cannot be
   * encoded in UTF-8, and some writers fail on them or write them as '?'.
   */
  public static String replaceLoneSurrogates(String text) {
    int first = firstLoneSurrogate(text, 0);
    if (first < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = first; i >= 0; i = firstLoneSurrogate(text, i + 1)) {
      chars[i] = REPLACEMENT;
    }
    return new String(chars);
  }

  private static int firstLoneSurrogate(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++; // a pair
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static CharBuffer grow(CharBuffer out) {
    int capacity = out.capacity();
    if (capacity >= Integer.MAX_VALUE - 16) {
      throw new OutOfMemoryError("decoded text too large");
    }
    CharBuffer bigger =
        CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, capacity * 2L + 16));
    out.flip();
    bigger.put(out);
    return bigger;
  }
}
