package io.newsflow.enrich.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reader must give, character for character, what the JDK's UTF-8 reader gives for the same
 * bytes, whatever sizes the parser reads in: well-formed text of every plane, and every kind of
 * malformed input (which it leaves to the JDK from that byte on).
 */
class Utf8ReaderTest {
  /** Read sizes the parser never uses but a reader must survive: one char splits a pair. */
  private static final int[] READ_SIZES = {1, 2, 3, 7, 1024};

  @Test
  void everyCodePointDecodesAsTheJdkDecodesIt() throws IOException {
    StringBuilder all = new StringBuilder();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
        all.appendCodePoint(cp);
        if (cp % 97 == 0) {
          all.append("plain ascii run "); // ASCII between the others, as in real pages
        }
      }
    }
    assertSameAsJdk(all.toString().getBytes(StandardCharsets.UTF_8), "all code points");
  }

  @Test
  void malformedSequencesDecodeAsTheJdkDecodesThem() throws IOException {
    byte[] prefix = "<p>Caf\u00e9 ".getBytes(StandardCharsets.UTF_8);
    byte[] suffix = " na\u00efve \u6771\u4eac \uD83D\uDE00 end".getBytes(StandardCharsets.UTF_8);
    for (int b0 = 0x80; b0 <= 0xFF; b0++) {
      for (int b1 : new int[] {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF}) {
        for (int b2 : new int[] {0x41, 0x80, 0xBF, 0xC0}) {
          byte[] middle = {(byte) b0, (byte) b1, (byte) b2, (byte) 0x80};
          for (int cut = 1; cut <= middle.length; cut++) {
            byte[] seq = java.util.Arrays.copyOf(middle, cut);
            String what = String.format("%02X %02X %02X 80, first %d", b0, b1, b2, cut);
            assertSameAsJdk(concat(prefix, seq, suffix), what);
            assertSameAsJdk(concat(prefix, seq), what + ", at the end");
          }
        }
      }
    }
  }

  @Test
  void randomBytesDecodeAsTheJdkDecodesThem() throws IOException {
    Random random = new Random(20261123);
    for (int i = 0; i < 2000; i++) {
      byte[] page = new byte[random.nextInt(200)];
      for (int k = 0; k < page.length; k++) { // mostly text with some high bytes, as in pages
        page[k] = (byte) (random.nextInt(4) == 0 ? 0x80 + random.nextInt(0x80) : random.nextInt(0x80));
      }
      assertSameAsJdk(page, "random bytes " + i);
    }
  }

  @Test
  void emptyInputEndsAtOnce() throws IOException {
    assertEquals(-1, new Utf8Reader(new byte[0]).read(new char[8], 0, 8));
    assertEquals(0, new Utf8Reader(new byte[] {'a'}).read(new char[8], 0, 0));
  }

  private static void assertSameAsJdk(byte[] bytes, String what) throws IOException {
    String expected = readAll(new InputStreamReader(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8), 4096);
    for (int size : READ_SIZES) {
      assertEquals(expected, readAll(new Utf8Reader(bytes), size), what + ", reads of " + size);
    }
  }

  private static String readAll(Reader reader, int size) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buf = new char[size + 3];
    int n;
    while ((n = reader.read(buf, 3, size)) != -1) { // an offset, as the parser's buffer has
      if (n == 0) {
        throw new AssertionError("read returned 0 for a non-empty request");
      }
      out.append(buf, 3, n);
    }
    return out.toString();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
