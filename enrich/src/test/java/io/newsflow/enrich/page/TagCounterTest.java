package io.newsflow.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TagCounterTest {
  @Test
  void countsStartTagsOnly() {
    assertEquals(3, count("<html><p>a < b, 1<2 <3 </p><br/>", 100));
    assertEquals(0, count("", 100));
    assertEquals(0, count("<", 100));
    assertEquals(1, count("<a", 100));
    assertEquals(0, count("<<<<<<<<<<<<<<<<", 100));
  }

  @Test
  void stopsJustPastTheLimit() {
    assertEquals(11, count("<p>".repeat(1000), 10));
  }

  @Test
  void agreesWithAByteByByteCountOnRandomBytes() {
    Random random = new Random(3);
    byte[] alphabet =
        "<<<<pP /!>a\u0080\u00ff\u0000\u003c\u0001".getBytes(StandardCharsets.ISO_8859_1);
    for (int n = 0; n < 2000; n++) {
      byte[] body = new byte[random.nextInt(70)];
      for (int i = 0; i < body.length; i++) {
        body[i] = alphabet[random.nextInt(alphabet.length)];
      }
      int limit = random.nextInt(40);
      assertEquals(reference(body, limit), TagCounter.count(body, limit), "body " + n);
    }
  }

  private static int count(String html, int limit) {
    return TagCounter.count(html.getBytes(StandardCharsets.UTF_8), limit);
  }

  /** The plain loop the counter must agree with. */
  private static int reference(byte[] body, int limit) {
    int tags = 0;
    for (int i = 0; i + 1 < body.length && tags <= limit; i++) {
      byte next = body[i + 1];
      if (body[i] == '<' && ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'))) {
        tags++;
      }
    }
    return tags;
  }
}
