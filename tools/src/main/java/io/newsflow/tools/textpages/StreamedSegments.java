package io.newsflow.tools.textpages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Puts the segments of a page streamed out of order by React server rendering where the browser
 * shows them. Such pages send a placeholder ({@code <template id="B:0">} inside a loading fallback,
 * or {@code <template id="P:1">}) first and the content later in a hidden {@code <div hidden
 * id="S:0">}, with an inline script call ({@code $RC("B:0","S:0")} completes a boundary, {@code
 * $RS("S:1","P:1")} fills a placeholder) that moves it into place. A browser runs those calls
 * before anyone reads the page, so the text a headless-browser scraper hands over has the story
 * where the placeholder was and no loading fallback.
 */
final class StreamedSegments {
  private static final Pattern CALL =
      Pattern.compile("\\$R([CRS])\\(\"([A-Za-z]:[0-9a-z]+)\",\"([A-Za-z]:[0-9a-z]+)\"");
  private static final String BOUNDARY_START = "$?";
  private static final String BOUNDARY_END = "/$";

  private StreamedSegments() {}

  /** Applies the page's completion calls in document order, as the browser runs them. */
  static void resolve(Document doc) {
    for (Element script : doc.getElementsByTag("script")) {
      String code = script.data();
      if (!code.contains("$R")) {
        continue;
      }
      Matcher m = CALL.matcher(code);
      while (m.find()) {
        if (!m.group(1).equals("S")) {
          completeBoundary(doc, m.group(2), m.group(3));
        } else {
          fillPlaceholder(doc, m.group(3), m.group(2));
        }
      }
    }
  }

  /** Replaces a boundary's fallback (template to the boundary's end comment) by the segment. */
  private static void completeBoundary(Document doc, String boundaryId, String segmentId) {
    Element template = doc.getElementById(boundaryId);
    Element segment = doc.getElementById(segmentId);
    if (template == null || segment == null || template.parentNode() == null) {
      return;
    }
    List<Node> fallback = new ArrayList<>();
    Node end = null;
    int depth = 0;
    for (Node n = template; n != null; n = n.nextSibling()) {
      if (n instanceof Comment c && c.getData().equals(BOUNDARY_END)) {
        if (depth == 0) {
          end = c;
          break;
        }
        depth--;
      } else if (n instanceof Comment c && c.getData().startsWith("$")) {
        depth++;
      }
      fallback.add(n);
    }
    if (end == null) {
      return;
    }
    Node start = template.previousSibling();
    if (start instanceof Comment c && c.getData().equals(BOUNDARY_START)) {
      c.setData("$");
    }
    moveChildren(segment, end);
    fallback.forEach(Node::remove);
  }

  private static void fillPlaceholder(Document doc, String placeholderId, String segmentId) {
    Element placeholder = doc.getElementById(placeholderId);
    Element segment = doc.getElementById(segmentId);
    if (placeholder == null || segment == null || placeholder.parentNode() == null) {
      return;
    }
    moveChildren(segment, placeholder);
    placeholder.remove();
  }

  /** Moves the hidden segment's children before {@code anchor} and drops the emptied segment. */
  private static void moveChildren(Element segment, Node anchor) {
    for (Node child : new ArrayList<>(segment.childNodes())) {
      anchor.before(child);
    }
    segment.remove();
  }
}
