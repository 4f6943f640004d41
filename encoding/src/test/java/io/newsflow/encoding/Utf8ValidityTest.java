package io.newsflow.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8ValidityTest {

  @ParameterizedTest(name = "{0}: {1} well-formed, {2} malformed")
  @CsvSource({
    "'', 0, 0",
    "41 42 43 44 45 46 47 48 49 4A, 0, 0",
    "C3 A9, 1, 0",
    "E2 82 AC, 1, 0",
    "F0 9F 98 80, 1, 0",
    "C0 AF, 0, 2", // overlong '/': C0 is never a lead
    "E0 80 AF, 0, 3", // overlong: E0 needs A0..BF next
    "ED A0 80, 0, 1", // an encoded surrogate: one sequence, as the JDK replaces it
    "ED A0 41, 0, 1",
    "ED 9F BF, 1, 0", // U+D7FF, just below the surrogates
    "F4 90 80 80, 0, 4", // past U+10FFFF
    "E2 82, 0, 1", // cut short at the end
    "E2 82 41, 0, 1", // cut short by ASCII
    "80 BF, 0, 2", // continuation bytes alone
    "41 41 41 41 41 41 41 41 C3 A9 41 41 41 41 41 41 41 41 FF, 1, 1"
  })
  void countsWellFormedAndMalformedSequences(String hex, int multiByte, int malformed) {
    assertEquals(new Utf8Validity.Counts(multiByte, malformed), Utf8Validity.count(bytes(hex), 0));
  }

  @Test
  void countsMalformedSequencesAsTheJdkReplacesThem() {
    for (String hex :
        new String[] {
          "C0 AF", "E0 80 AF", "ED A0 80", "F4 90 80 80", "E2 82", "F0 9F 98", "FE FF"
        }) {
      String decoded = new String(bytes(hex), StandardCharsets.UTF_8);
      assertEquals(
          decoded.chars().filter(c -> c == 0xFFFD).count(),
          Utf8Validity.count(bytes(hex), 0).malformed(),
          hex);
    }
  }

  @Test
  void startsWhereItIsTold() {
    byte[] body = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, (byte) 0xA9};
    assertEquals(new Utf8Validity.Counts(1, 0), Utf8Validity.count(body, 3));
    assertTrue(Utf8Validity.count("plain".getBytes(StandardCharsets.US_ASCII), 0).isAscii());
  }

  private static byte[] bytes(String hex) {
    if (hex.isBlank()) {
      return new byte[0];
    }
    String[] parts = hex.trim().split(" ");
    byte[] b = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      b[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return b;
  }
}
