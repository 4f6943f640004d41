package io.newsflow.enrich.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.markdown.MarkdownEscaper;
import io.newsflow.enrich.rules.Texts;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The block buffer compacts each text node in place: whatever the pieces, the block must read as
 * {@link Texts#normalize} of their concatenation, with the counts to match.
 */
class TextBufferTest {
  /** Spaces of every kind, invisibles, markup, Latin, CJK and Arabic letters, control chars. */
  private static final String ALPHABET =
      "ab, \t\n\r\f\u00A0\u2009\u3000\u200B\u00AD\uFEFF*_[]`<&\\é中文،\u0001.";

  @Test
  void piecesReadAsTheNormalisedWholeWithTheirCounts() {
    Random random = new Random(42);
    for (int round = 0; round < 5_000; round++) {
      TextBuffer buffer = new TextBuffer();
      StringBuilder whole = new StringBuilder();
      StringBuilder linked = new StringBuilder();
      int pieces = random.nextInt(6);
      for (int p = 0; p < pieces; p++) {
        String piece = randomText(random, random.nextInt(12));
        boolean inLink = random.nextBoolean();
        buffer.append(piece, inLink);
        whole.append(piece);
        if (inLink) {
          linked.append(piece);
        }
      }
      String expected = Texts.normalize(whole.toString());
      TextBuffer.Block block = buffer.take();
      assertEquals(expected, block.text(), "pieces of \"" + whole + "\"");
      assertEquals(visible(expected), block.chars());
      assertEquals(visible(Texts.normalize(linked.toString())), block.linkChars());
      assertEquals(
          expected.chars().anyMatch(c -> MarkdownEscaper.isMarkup((char) c)), block.markup());
    }
  }

  @Test
  void indentationBetweenNodesIsOneSpaceAndNothingAtTheEdges() {
    TextBuffer buffer = new TextBuffer();
    buffer.append("\n    ", false);
    assertEquals(0, buffer.position(), "nothing owed before the first word");
    buffer.append("Hello", false);
    buffer.append("\n      ", false);
    assertEquals(6, buffer.position(), "one space owed after it");
    buffer.append("world", true);
    buffer.append("  \n", false);
    TextBuffer.Block block = buffer.take();
    assertEquals("Hello world", block.text());
    assertEquals(10, block.chars());
    assertEquals(5, block.linkChars());
    assertFalse(block.markup());
    assertEquals("", buffer.take().text(), "take() leaves the buffer empty");
  }

  @Test
  void longNodesGrowTheBuffer() {
    TextBuffer buffer = new TextBuffer();
    String word = "x".repeat(300);
    buffer.append(word, false);
    buffer.append(" *" + word, false);
    TextBuffer.Block block = buffer.take();
    assertEquals(word + " *" + word, block.text());
    assertTrue(block.markup());
  }

  private static String randomText(Random random, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  private static int visible(String normalised) {
    return (int) normalised.chars().filter(c -> c != ' ').count();
  }
}
