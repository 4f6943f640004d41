package io.newsflow.enrich.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
            String what =
                String.format(Locale.ROOT, "%02X %02X %02X 80, first %d", b0, b1, b2, cut);
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
        page[k] =
            (byte) (random.nextInt(4) == 0 ? 0x80 + random.nextInt(0x80) : random.nextInt(0x80));
      }
      assertSameAsJdk(page, "random bytes " + i);
    }
  }

  @Test
  void readsOfChangingSizesAndOffsetsDecodeAsTheJdkDecodes() throws IOException {
    Random random = new Random(11);
    byte[] page = bigPageWithMalformedBytesAroundBufferEdges();
    String expected = jdkDecode(page);
    for (int run = 0; run < 50; run++) {
      Utf8Reader reader = new Utf8Reader(page);
      StringBuilder out = new StringBuilder();
      char[] buf = new char[64];
      int n = 0;
      while (n != -1) {
        int off = random.nextInt(8);
        int len = random.nextInt(buf.length - off + 1); // zero-length reads too
        n = reader.read(buf, off, len);
        if (n > 0) {
          out.append(buf, off, n);
        } else if (n == 0 && len > 0) {
          throw new AssertionError("read returned 0 for a non-empty request");
        }
      }
      assertEquals(expected, out.toString(), "run " + run);
      assertEquals(-1, reader.read(buf, 0, 8), "after the end");
      assertEquals(-1, reader.read(buf, 0, 8), "after the end, again");
    }
  }

  @Test
  void badArgumentsLoseNoCharacter() throws IOException {
    Utf8Reader reader = new Utf8Reader("\uD83D\uDE00".getBytes(StandardCharsets.UTF_8));
    char[] one = new char[1];
    assertEquals(1, reader.read(one, 0, 1));
    assertEquals('\uD83D', one[0]);
    assertThrows(IndexOutOfBoundsException.class, () -> reader.read(one, 0, -1));
    assertThrows(IndexOutOfBoundsException.class, () -> reader.read(one, 1, 1));
    assertEquals(1, reader.read(one, 0, 1), "the pending half survives bad calls");
    assertEquals('\uDE00', one[0]);
    reader.close();
    assertThrows(IOException.class, () -> reader.read(one, 0, 1));
  }

  /** Text, with malformed bytes where the JDK's reader ends its 8 KB chunks, past 16 KB. */
  private static byte[] bigPageWithMalformedBytesAroundBufferEdges() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        "<p>Gr\u00fc\u00dfe \u6771\u4eac \uD83D\uDE00 ".getBytes(StandardCharsets.UTF_8));
    byte[][] bad = {
      {(byte) 0xE2, (byte) 0x82},
      {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xF0, (byte) 0x9F},
      {(byte) 0xFF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
    };
    int k = 0;
    while (out.size() < 20_000) {
      int size = out.size();
      boolean nearEdge = size % 8192 > 8180 || size % 8192 < 6;
      if (nearEdge || size % 997 == 0) {
        out.writeBytes(bad[k++ % bad.length]);
      } else {
        out.writeBytes((size % 3 == 0 ? "caf\u00e9 " : "text ").getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  @Test
  void emptyInputEndsAtOnce() throws IOException {
    assertEquals(-1, new Utf8Reader(new byte[0]).read(new char[8], 0, 8));
    assertEquals(0, new Utf8Reader(new byte[] {'a'}).read(new char[8], 0, 0));
  }

  private static void assertSameAsJdk(byte[] bytes, String what) throws IOException {
    String expected = jdkDecode(bytes);
    for (int size : READ_SIZES) {
      assertEquals(expected, readAll(new Utf8Reader(bytes), size), what + ", reads of " + size);
    }
  }

  private static String jdkDecode(byte[] bytes) throws IOException {
    return readAll(
        new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), 4096);
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
