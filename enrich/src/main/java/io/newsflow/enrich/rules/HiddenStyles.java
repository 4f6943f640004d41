package io.newsflow.enrich.rules;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Whether an element is hidden from readers: the {@code hidden} attribute, {@code aria-hidden}, or
 * an inline style such as {@code display:none} (spaces and case ignored, as browsers do).
 */
final class HiddenStyles {
  private final List<String> styles;

  HiddenStyles(List<String> styles) {
    this.styles = List.copyOf(styles);
  }

  boolean isHidden(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    if (!isAscii(style)) {
      String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
      for (String hidden : styles) {
        if (compact.contains(hidden)) {
          return true;
        }
      }
      return false;
    }
    for (String hidden : styles) {
      if (containsIgnoringSpacesAndCase(style, hidden)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code style} without its spaces, lower-cased, contains {@code needle}: the same as
   * {@code style.replace(" ", "").toLowerCase(ROOT).contains(needle)} for ASCII styles (where
   * lower-casing keeps the length), without building that string for every styled element.
   */
  private static boolean containsIgnoringSpacesAndCase(String style, String needle) {
    if (needle.isEmpty()) {
      return true;
    }
    for (int start = 0; start < style.length(); start++) {
      if (style.charAt(start) == ' ') {
        continue; // a match of the compact string starts at a non-space character
      }
      int i = start;
      int j = 0;
      while (j < needle.length() && i < style.length()) {
        char c = style.charAt(i++);
        if (c == ' ') {
          continue;
        }
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        if (lower != needle.charAt(j)) {
          break;
        }
        j++;
      }
      if (j == needle.length()) {
        return true;
      }
    }
    return false;
  }
}
