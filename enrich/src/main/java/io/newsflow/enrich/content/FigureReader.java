package io.newsflow.enrich.content;

import io.newsflow.enrich.article.Figure;
import io.newsflow.enrich.dom.TextStats;
import io.newsflow.enrich.dom.Urls;
import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.HintProfile;
import io.newsflow.enrich.rules.Texts;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Reads an image, its caption and its photo credit out of a figure-like element. */
final class FigureReader {
  private static final String[] LAZY_SOURCES = {
    "src",
    "data-src",
    "data-original",
    "data-lazy-src",
    "data-url",
    "data-hi-res-src",
    "data-srcset",
    "srcset"
  };

  private static final java.util.Set<String> MEDIA_TAGS =
      new java.util.HashSet<>(
          java.util.List.of("img", "picture", "video", "iframe", "object", "embed"));

  private final BoilerplateRules rules;
  private final TextStats stats;

  /** The page's base URI, parsed once for all its images. */
  private final Urls.Base base = new Urls.Base();

  FigureReader(BoilerplateRules rules, TextStats stats) {
    this.rules = rules;
    this.stats = stats;
  }

  /** True when element {@code i} is a figure wrapping media rather than, say, a pull quote. */
  boolean isMediaFigure(int i, HintProfile profile) {
    Element e = stats.element(i);
    return rules.isFigure(e, profile)
        && stats.paragraphs(i) <= 1
        && stats.chars(i) <= rules.thresholds().html().maxFigureChars()
        && holdsMedia(e);
  }

  private static boolean holdsMedia(Element e) {
    for (Element d : e.getAllElements()) { // (a hand search: a CSS query is parsed per call)
      if (MEDIA_TAGS.contains(d.normalName())) {
        return true;
      }
    }
    return false;
  }

  Figure read(Element figure) {
    Element img = figure.selectFirst("img");
    String url = img == null ? null : imageUrl(img, base);
    Element creditEl = firstMatching(figure, true);
    Element captionEl = firstMatching(figure, false);
    String credit = creditEl == null ? null : emptyToNull(Texts.normalize(creditEl.text()));
    String caption = captionEl == null ? null : captionText(captionEl, creditEl);
    if (caption == null && credit == null) { // no hinted parts: tell them apart by their wording
      for (String text : textBlocks(figure)) {
        if (credit == null && rules.isCreditText(text)) {
          credit = text;
        } else if (caption == null) {
          caption = text;
        }
      }
    }
    return new Figure(url, caption, credit);
  }

  /** The texts of the innermost elements that hold text, in order (alt text is not a caption). */
  private static java.util.List<String> textBlocks(Element figure) {
    java.util.List<String> texts = new java.util.ArrayList<>();
    for (Element e : figure.getAllElements()) {
      if (e != figure && e.children().isEmpty()) {
        String text = Texts.normalize(e.text());
        if (!text.isEmpty()) {
          texts.add(text);
        }
      }
    }
    return texts;
  }

  /** Caption text without the credit when the credit sits inside the caption. */
  private static String captionText(Element caption, Element credit) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          private int inCredit;

          @Override
          public void head(Node node, int depth) {
            if (node == credit) {
              inCredit++;
            } else if (node instanceof TextNode t && inCredit == 0) {
              out.append(t.getWholeText());
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node == credit) {
              inCredit--;
            }
          }
        },
        caption);
    return emptyToNull(Texts.normalize(out));
  }

  private Element firstMatching(Element figure, boolean credit) {
    for (Element e : figure.getAllElements()) {
      HintProfile p = stats.profile(e);
      if (e != figure && (credit ? rules.isCredit(p) : rules.isCaption(e, p))) {
        return e;
      }
    }
    return null;
  }

  /** {@code base} is the caller's parsed page base, shared by all images of the page. */
  static String imageUrl(Element img, Urls.Base base) {
    for (String attr : LAZY_SOURCES) {
      String value = img.attr(attr).trim();
      if (value.isEmpty() || value.startsWith("data:")) {
        continue;
      }
      if (attr.endsWith("srcset")) { // the first candidate's URL; absUrl of the list is no URL
        return resolve(img, firstCandidate(value));
      }
      String abs = Urls.absolute(img, attr, base);
      return abs.isEmpty() ? resolve(img, value) : abs;
    }
    return null;
  }

  /** The first URL of a srcset ("a.jpg 1x, b.jpg 2x"): what {@code split("[\\s,]+")[0]} gives. */
  private static String firstCandidate(String srcset) {
    int end = 0;
    while (end < srcset.length() && !isSrcsetSeparator(srcset.charAt(end))) {
      end++;
    }
    return srcset.substring(0, end);
  }

  /** The characters of regex {@code [\s,]}. */
  private static boolean isSrcsetSeparator(char c) {
    return c == ','
        || c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\r'
        || c == '\f'
        || c == '\u000B';
  }

  private static String resolve(Element img, String url) {
    if (Urls.isPlainAbsolute(url)) {
      return url; // resolving an absolute URL gives it back: no URI parsing needed
    }
    try {
      String base = img.baseUri();
      return base.isEmpty() ? url : java.net.URI.create(base).resolve(url).toString();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
