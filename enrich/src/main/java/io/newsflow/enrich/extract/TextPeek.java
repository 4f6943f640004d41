package io.newsflow.enrich.extract;

import io.newsflow.enrich.html.DomWalk;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The beginning of a subtree's text, read only as far as needed (audit entries, reasons). */
final class TextPeek {
  private TextPeek() {}

  /**
   * The subtree's normalised text, reading text nodes until more than {@code 2 * maxChars} raw
   * characters came in (whitespace collapses as it arrives, so no second pass is needed).
   */
  static String first(Element e, int maxChars, BoilerplateRules rules) {
    TextBuffer buffer = new TextBuffer();
    int limit = maxChars * 2;
    int[] raw = {0};
    DomWalk.walk(e, new DomWalk.Visitor() {
      @Override
      public boolean enter(Element el) {
        return raw[0] <= limit && !rules.isSkipTag(el.normalName());
      }

      @Override
      public void exit(Element el) {}

      @Override
      public void leaf(Node node) {
        if (raw[0] <= limit && node instanceof TextNode text) {
          String s = text.getWholeText();
          buffer.append(s, false);
          buffer.append(" ", false);
          raw[0] += s.length() + 1;
        }
      }
    });
    return buffer.take().text();
  }
}
