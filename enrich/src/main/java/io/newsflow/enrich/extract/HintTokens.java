package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Splits an element's class and id into lower-case hint tokens: whole names ("read-more") plus
 * their parts split on punctuation and camelCase ("read", "more").
 */
final class HintTokens {
  private HintTokens() {}

  static List<String> of(Element e) {
    if (e.attributesSize() == 0) {
      return List.of();
    }
    List<String> tokens = new ArrayList<>();
    addNames(e.attr("class"), tokens);
    String id = e.id();
    if (!isSlug(id)) {
      addNames(id, tokens);
    }
    return tokens;
  }

  /** Ids like "sharing-with-a-single-developer" are heading slugs, not widget names. */
  private static boolean isSlug(String id) {
    int separators = 0;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '-' || c == '_') {
        separators++;
      }
    }
    return separators >= 3 && id.equals(id.toLowerCase(java.util.Locale.ROOT));
  }

  private static void addNames(String value, List<String> tokens) {
    if (value.isEmpty() || value.length() > 500) {
      return; // giant attributes are noise, not hints
    }
    int n = value.length();
    int i = 0;
    while (i < n) { // split on whitespace by hand: a regex split per element is a hot spot
      while (i < n && isWhitespace(value.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isWhitespace(value.charAt(i))) {
        i++;
      }
      if (i > start) {
        String name = value.substring(start, i);
        tokens.add(name.toLowerCase(Locale.ROOT));
        splitParts(name, tokens);
      }
    }
  }

  /** The characters of regex {@code \s}. */
  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  private static void splitParts(String name, List<String> tokens) {
    StringBuilder part = new StringBuilder();
    char prev = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean boundary = !Character.isLetterOrDigit(c)
          || (Character.isUpperCase(c) && Character.isLowerCase(prev));
      if (boundary && part.length() > 0) {
        tokens.add(part.toString().toLowerCase(Locale.ROOT));
        part.setLength(0);
      }
      if (Character.isLetterOrDigit(c)) {
        part.append(c);
      }
      prev = c;
    }
    if (part.length() > 0 && part.length() < name.length()) {
      tokens.add(part.toString().toLowerCase(Locale.ROOT));
    }
  }
}
