package io.newsflow.enrich.content;

import io.newsflow.enrich.rules.BoilerplateRules;
import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The beginning of a subtree's text, read only as far as needed (audit entries, reasons). */
final class TextPeek {
  private TextPeek() {}

  /**
   * The subtree's normalised text, reading text nodes until more than {@code 2 * maxChars} raw
   * characters came in, or more than {@code enough} characters of text (callers look no further:
   * the text is a prefix of what a longer read would give); whitespace collapses as it arrives, so
   * no second pass is needed. Its own explicit-stack loop rather than a DomWalk visitor: a third
   * visitor class would make the walks' calls megamorphic, and those are the hottest calls of
   * extraction.
   */
  static String first(Element e, int maxChars, int enough, BoilerplateRules rules) {
    if (rules.isSkipTag(e.normalName())) {
      return "";
    }
    TextBuffer buffer = new TextBuffer();
    int limit = maxChars * 2;
    int raw = 0;
    Element[] elements = new Element[16];
    int[] next = new int[16];
    int top = 0;
    elements[0] = e;
    while (top >= 0 && raw <= limit && buffer.length() <= enough) {
      Element current = elements[top];
      int i = next[top];
      if (i >= current.childNodeSize()) {
        top--;
        continue;
      }
      next[top] = i + 1;
      Node child = current.childNode(i);
      if (child instanceof Element el) {
        if (!rules.isSkipTag(el.normalName())) {
          if (++top == elements.length) {
            elements = Arrays.copyOf(elements, top * 2);
            next = Arrays.copyOf(next, top * 2);
          }
          elements[top] = el;
          next[top] = 0;
        }
      } else if (child instanceof TextNode text) {
        String s = text.getWholeText();
        buffer.append(s, false);
        buffer.append(" ", false);
        raw += s.length() + 1;
      }
    }
    return buffer.take().text();
  }
}
