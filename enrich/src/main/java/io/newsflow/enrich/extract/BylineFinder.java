package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the byline element in one walk: hints ("rel=author", "class:byline") are tried in
 * priority order, and the walk stops as soon as the top-priority hint matches.
 */
final class BylineFinder {
  private static final int MAX_BYLINE_CHARS = 100;

  private final List<String> hints;

  BylineFinder(List<String> hints) {
    this.hints = hints;
  }

  /** Text of the best byline element, or null. */
  String find(Element body) {
    String[] best = new String[1];
    int[] bestRank = {hints.size()};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e) || e.attributesSize() == 0) {
          return FilterResult.CONTINUE;
        }
        int rank = rank(e, bestRank[0]);
        if (rank < bestRank[0]) {
          String text = bylineText(e);
          if (text != null) {
            best[0] = text;
            bestRank[0] = rank;
          }
        }
        return bestRank[0] == 0 ? FilterResult.STOP : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
    return best[0];
  }

  private int rank(Element e, int below) {
    String cls = null;
    for (int i = 0; i < below; i++) {
      String hint = hints.get(i);
      if (hint.startsWith("class:")) {
        if (cls == null) {
          cls = e.attr("class").toLowerCase(Locale.ROOT);
        }
        String token = hint.substring(6);
        if (cls.contains(token) && HintTokens.of(e).contains(token)) {
          return i;
        }
      } else {
        int eq = hint.indexOf('=');
        String value = e.attr(hint.substring(0, eq));
        if (!value.isEmpty() && List.of(value.toLowerCase(Locale.ROOT).split("\\s+"))
            .contains(hint.substring(eq + 1))) {
          return i;
        }
      }
    }
    return below;
  }

  private static String bylineText(Element e) {
    Element name = e.selectFirst("[itemprop=name]");
    String text = Texts.normalize((name != null ? name : e).text());
    return text.isEmpty() || text.length() > MAX_BYLINE_CHARS ? null : text;
  }
}
