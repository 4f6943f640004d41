package io.newsflow.enrich.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** The beginning of a subtree's text, read only as far as needed (audit entries, reasons). */
final class TextPeek {
  private TextPeek() {}

  static String first(Element e, int maxChars, BoilerplateRules rules) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element el && rules.isSkipTag(el.normalName())) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof TextNode text) {
          out.append(text.getWholeText()).append(' ');
        }
        return out.length() > maxChars * 2 ? FilterResult.STOP : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, e);
    return Texts.normalize(out);
  }
}
