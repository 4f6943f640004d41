package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Picks the byline element among those offered during the page walk: hints ("rel=author",
 * "class:byline") rank candidates, the first element of the best rank wins. Not thread-safe.
 */
final class BylineFinder {
  private static final int MAX_BYLINE_CHARS = 100;

  private final List<String> hints;

  /** One finder per page: it keeps the best candidate seen. */
  BylineFinder(List<String> hints, String[] classNeedles) {
    this.hints = hints;
    this.bestRank = hints.size();
    this.classNeedles = classNeedles;
  }

  /** The class names the hints look for, computed once per rules rather than per page. */
  static String[] classNeedles(List<String> hints) {
    return hints.stream().filter(h -> h.startsWith("class:")).map(h -> h.substring(6))
        .toArray(String[]::new);
  }

  private int bestRank;
  private String best;
  private final String[] classNeedles;

  /** Offers an element with attributes; keeps it if it outranks the byline found so far. */
  void offer(Element e) {
    if (bestRank == 0) {
      return;
    }
    int rank = rank(e, bestRank);
    if (rank < bestRank) {
      String text = bylineText(e);
      if (text != null) {
        best = text;
        bestRank = rank;
      }
    }
  }

  String best() {
    return best;
  }

  private int rank(Element e, int below) {
    String cls = classToMatch(e);
    for (int i = 0; i < below; i++) {
      String hint = hints.get(i);
      if (hint.startsWith("class:")) {
        if (cls == null) {
          continue;
        }
        String token = hint.substring(6);
        if (cls.contains(token) && HintTokens.of(e).contains(token)) {
          return i;
        }
      } else {
        int eq = hint.indexOf('=');
        String attr = hint.substring(0, eq);
        if (!e.hasAttr(attr)) {
          continue;
        }
        String value = e.attr(attr);
        if (!value.isEmpty() && List.of(value.toLowerCase(Locale.ROOT).split("\\s+"))
            .contains(hint.substring(eq + 1))) {
          return i;
        }
      }
    }
    return below;
  }

  /** Lower-cased class attribute if it can match any class hint at all, else null. */
  private String classToMatch(Element e) {
    String cls = e.attr("class");
    if (cls.isEmpty()) {
      return null;
    }
    if (mentionsNeedle(cls)) {
      return cls;
    }
    String lower = cls.toLowerCase(Locale.ROOT); // allocate only for mixed-case classes
    return lower.equals(cls) || !mentionsNeedle(lower) ? null : lower;
  }

  private boolean mentionsNeedle(String cls) {
    for (String needle : classNeedles) {
      if (cls.contains(needle)) {
        return true;
      }
    }
    return false;
  }

  private static String bylineText(Element e) {
    Element name = e.selectFirst("[itemprop=name]");
    String text = Texts.normalize((name != null ? name : e).text());
    return text.isEmpty() || text.length() > MAX_BYLINE_CHARS ? null : text;
  }
}
