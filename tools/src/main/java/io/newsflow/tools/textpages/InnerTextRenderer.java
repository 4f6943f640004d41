package io.newsflow.tools.textpages;

import io.newsflow.enrich.rules.BoilerplateRules;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders a page to text the way a browser's {@code innerText} does, chrome included: hidden and
 * non-rendered elements skipped, block elements on lines of their own, paragraphs between blank
 * lines, {@code <br>} as a line break, table cells separated by tabs, and segments a page streams
 * out of order put in place ({@link StreamedSegments}). What a headless-browser scraper hands over,
 * without the browser.
 */
public final class InnerTextRenderer {
  private static final Set<String> SKIP =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "head",
          "svg",
          "iframe",
          "object",
          "select",
          "option",
          "button",
          "input",
          "textarea");
  private static final Set<String> BLOCK =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "ul",
          "tr",
          "caption",
          "body",
          "html",
          "legend",
          "listing",
          "xmp",
          "plaintext",
          "thead",
          "tbody",
          "tfoot");
  private static final Set<String> CELLS = Set.of("td", "th");

  private final BoilerplateRules rules;

  public InnerTextRenderer(BoilerplateRules rules) {
    this.rules = rules;
  }

  /** The page's innerText; moves the page's streamed segments into place first. */
  public String render(Document doc) {
    StreamedSegments.resolve(doc);
    StringBuilder out = new StringBuilder();
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    // An explicit stack: pages nest deeper than the Java stack allows.
    Deque<Object> stack = new ArrayDeque<>();
    stack.push(body);
    while (!stack.isEmpty()) {
      Object item = stack.pop();
      if (item instanceof String closing) {
        out.append(closing);
        continue;
      }
      Node node = (Node) item;
      if (node instanceof TextNode t) {
        appendText(out, t);
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (SKIP.contains(tag) || rules.isHidden(e)) {
          continue;
        }
        if (tag.equals("br")) {
          out.append('\n');
          continue;
        }
        String around =
            tag.equals("p") ? "\n\n" : BLOCK.contains(tag) ? "\n" : CELLS.contains(tag) ? "\t" : "";
        out.append(around);
        stack.push(around);
        for (int i = e.childNodeSize() - 1; i >= 0; i--) {
          stack.push(e.childNode(i));
        }
      }
    }
    return tidy(out);
  }

  private static void appendText(StringBuilder out, TextNode t) {
    Element p = t.parentElement();
    boolean pre = p != null && p.closest("pre") != null;
    String text = pre ? t.getWholeText() : t.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " ");
    out.append(text);
  }

  /** Lines trimmed, at most one blank line in a row. */
  private static String tidy(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int blank = 0;
    for (String line : raw.toString().split("\n", -1)) {
      String l = line.strip();
      if (l.isEmpty()) {
        blank++;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank > 0 ? "\n\n" : "\n");
      }
      out.append(l);
      blank = 0;
    }
    return out.toString();
  }
}
