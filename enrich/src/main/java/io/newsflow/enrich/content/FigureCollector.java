package io.newsflow.enrich.content;

import io.newsflow.enrich.article.Figure;
import io.newsflow.enrich.article.RemovedBlock;
import io.newsflow.enrich.dom.Urls;
import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.HintProfile;
import io.newsflow.enrich.rules.Texts;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Gathers the article's images with their captions and credits. Caption text is also listed as
 * removed ("caption"): it left the text for the images list.
 */
final class FigureCollector {
  private final BoilerplateRules rules;
  private final List<RemovedBlock> removed;
  private final int maxRemovedChars;
  private final List<Figure> images = new ArrayList<>();
  private final Urls.Base base = new Urls.Base();

  FigureCollector(BoilerplateRules rules, List<RemovedBlock> removed) {
    this.rules = rules;
    this.removed = removed;
    this.maxRemovedChars = rules.thresholds().html().removedTextMaxChars();
  }

  List<Figure> images() {
    return images;
  }

  void addFigure(Figure figure) {
    if (figure.url() != null || figure.caption() != null || figure.credit() != null) {
      images.add(figure);
    }
    for (String text : new String[] {figure.caption(), figure.credit()}) {
      if (text != null) {
        removed.add(new RemovedBlock("caption", Texts.truncate(text, maxRemovedChars)));
      }
    }
  }

  void addImage(Element img) {
    String url = FigureReader.imageUrl(img, base);
    if (url != null && !isPixel(img)) {
      images.add(new Figure(url, null, null));
    }
  }

  private static boolean isPixel(Element img) {
    return "1".equals(img.attr("width"))
        || "1".equals(img.attr("height"))
        || "0".equals(img.attr("width"))
        || "0".equals(img.attr("height"));
  }

  /** A caption or credit outside a figure belongs to the image just before it. */
  void attachCaption(Element e, HintProfile profile) {
    String text = Texts.normalize(e.text());
    if (!text.isEmpty()) {
      attachCaptionText(text, rules.isCredit(profile) && !rules.isCaption(e, profile));
    }
  }

  void attachCaptionText(String text, boolean credit) {
    int last = images.size() - 1;
    Figure prev = last >= 0 ? images.get(last) : null;
    if (prev != null && (credit ? prev.credit() == null : prev.caption() == null)) {
      images.set(
          last,
          credit
              ? new Figure(prev.url(), prev.caption(), text)
              : new Figure(prev.url(), text, prev.credit()));
    } else {
      images.add(credit ? new Figure(null, null, text) : new Figure(null, text, null));
    }
    removed.add(new RemovedBlock("caption", Texts.truncate(text, maxRemovedChars)));
  }
}
