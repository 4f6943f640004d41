package io.newsflow.enrich.rules;

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
    return of(e.attr("class"), e.id());
  }

  /** The tokens of a class attribute and an id already read from the element. */
  static List<String> of(String cls, String id) {
    List<String> tokens = new ArrayList<>();
    addNames(cls, tokens);
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
      if (i > start && !isVariantUtility(value, start, i)) {
        String name = value.substring(start, i);
        tokens.add(name.toLowerCase(Locale.ROOT));
        splitParts(name, tokens);
      }
    }
  }

  /**
   * Utility classes under a variant ("print:hidden", "md:flex", "dark:text-white") or with an
   * arbitrary value ("[.floated_&]:mt-0") style the element in one context; they say nothing about
   * what it is ("print:hidden" is on the article's own paragraphs).
   */
  private static boolean isVariantUtility(String value, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = value.charAt(i);
      if (c == ':' || c == '[') {
        return true;
      }
    }
    return false;
  }

  /** The characters of regex {@code \s}. */
  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  /** Parts are runs of letters and digits, cut before an upper-case letter after a lower-case. */
  private static void splitParts(String name, List<String> tokens) {
    int start = -1; // start of the open part, or -1
    char prev = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = Character.isLetterOrDigit(c);
      boolean boundary = !letter || (Character.isUpperCase(c) && Character.isLowerCase(prev));
      if (boundary && start >= 0) {
        tokens.add(name.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      if (letter && start < 0) {
        start = i;
      }
      prev = c;
    }
    if (start > 0) { // a last part that is the whole name is already a token
      tokens.add(name.substring(start).toLowerCase(Locale.ROOT));
    }
  }
}
