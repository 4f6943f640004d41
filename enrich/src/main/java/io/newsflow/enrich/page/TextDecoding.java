package io.newsflow.enrich.page;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/** Bytes of a text page to a string: the byte-order mark, else the declared charset, else UTF-8. */
final class TextDecoding {
  private TextDecoding() {}

  static Charset charset(String declared, byte[] body) {
    if (body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (body.length >= 2 && body[0] == (byte) 0xFE && body[1] == (byte) 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (body.length >= 2 && body[0] == (byte) 0xFF && body[1] == (byte) 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (declared != null) {
      try {
        return Charset.forName(declared.strip());
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // an unknown label: fall back to UTF-8, the replacement-share check catches a wrong guess
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** Malformed input becomes U+FFFD, counted by the caller; a BOM is dropped. */
  static String decode(byte[] body, Charset charset) {
    try {
      String s = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(body))
          .toString();
      return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      return new String(body, charset);
    }
  }
}
