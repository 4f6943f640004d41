package io.newsflow.ingest.pipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static LineReader reader(String s, int max) {
    return new LineReader(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), max);
  }

  private static String text(LineReader.Line line) {
    return new String(line.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void splitsOnLfAndCrLfAndKeepsALastLineWithoutBreak() throws IOException {
    LineReader r = reader("one\r\ntwo\n\nthree", 100);
    assertEquals("one", text(r.next()));
    assertEquals("two", text(r.next()));
    assertEquals("", text(r.next()));
    assertEquals("three", text(r.next()));
    assertNull(r.next());
  }

  @Test
  void overLongLineIsFlaggedWithItsLengthAndTheNextLineStillReads() throws IOException {
    String huge = "x".repeat(200_000);
    LineReader r = reader(huge + "\nok\n", 1_000);
    LineReader.Line big = r.next();
    assertTrue(big.tooLong());
    assertEquals(200_000, big.length());
    assertEquals(LineReader.KEPT_PREFIX_BYTES, big.bytes().length);
    LineReader.Line ok = r.next();
    assertFalse(ok.tooLong());
    assertEquals("ok", text(ok));
    assertNull(r.next());
  }

  @Test
  void lineOfExactlyTheLimitIsAccepted() throws IOException {
    LineReader.Line line = reader("abcde\n", 5).next();
    assertFalse(line.tooLong());
    assertEquals("abcde", text(line));
  }
}
