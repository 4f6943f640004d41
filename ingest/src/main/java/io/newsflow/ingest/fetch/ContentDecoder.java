package io.newsflow.ingest.fetch;

import io.newsflow.schema.deadletter.DeadLetterReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes gzip and deflate Content-Encoding with a bound on the decoded size, so a small response
 * that inflates to gigabytes (a decompression bomb) costs at most the limit.
 */
final class ContentDecoder {
  /** Decoded size over compressed size above which an oversized body is called a bomb. */
  private static final int BOMB_RATIO = 100;

  private ContentDecoder() {}

  /** The decoded body, or a failure. Unknown encodings are failures: the bytes would be garbage. */
  static Object decode(String url, String encoding, byte[] body, int limit) {
    String coding = encoding == null ? "identity" : encoding.strip().toLowerCase(Locale.ROOT);
    if (coding.isEmpty() || coding.equals("identity")) {
      return body;
    }
    ByteArrayInputStream packed = new ByteArrayInputStream(body);
    try (InputStream in = open(coding, packed, body)) {
      if (in == null) {
        return new FetchFailure(
            url, DeadLetterReason.BAD_CONTENT_ENCODING, "unsupported Content-Encoding " + coding);
      }
      byte[] decoded = in.readNBytes(limit + 1);
      if (decoded.length > limit) {
        long consumed =
            Math.max(1, body.length - packed.available()); // packed bytes it took to get here
        boolean bomb = (long) decoded.length > consumed * BOMB_RATIO;
        return new FetchFailure(
            url,
            bomb ? DeadLetterReason.COMPRESSION_BOMB : DeadLetterReason.BODY_TOO_LARGE,
            consumed + " " + coding + " bytes inflate past the limit of " + limit + " bytes");
      }
      return decoded;
    } catch (IOException e) {
      return new FetchFailure(
          url,
          DeadLetterReason.BAD_CONTENT_ENCODING,
          "cannot decode " + coding + ": " + e.getMessage());
    }
  }

  private static InputStream open(String coding, ByteArrayInputStream packed, byte[] body)
      throws IOException {
    switch (coding) {
      case "gzip", "x-gzip":
        return new GZIPInputStream(packed);
      case "deflate":
        // RFC 9110 says zlib-wrapped, some servers send raw deflate: the first byte tells them
        // apart.
        boolean zlib =
            body.length >= 2
                && (body[0] & 0x0f) == 8
                && ((body[0] & 0xff) << 8 | (body[1] & 0xff)) % 31 == 0;
        return new InflaterInputStream(packed, new Inflater(!zlib));
      default:
        return null;
    }
  }
}
