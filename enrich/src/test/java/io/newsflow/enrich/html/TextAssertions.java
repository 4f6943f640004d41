package io.newsflow.enrich.html;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/** Containment checks that report every offending phrase at once. */
final class TextAssertions {
  private TextAssertions() {}

  static void assertContainsAll(String text, String... phrases) {
    List<String> missing = new ArrayList<>();
    for (String p : phrases) {
      if (!text.contains(p)) {
        missing.add(p);
      }
    }
    if (!missing.isEmpty()) {
      fail("missing " + missing + " in:\n" + text);
    }
  }

  static void assertContainsNone(String text, String... phrases) {
    List<String> present = new ArrayList<>();
    for (String p : phrases) {
      if (text.contains(p)) {
        present.add(p);
      }
    }
    if (!present.isEmpty()) {
      fail("unexpected " + present + " in:\n" + text);
    }
  }
}
