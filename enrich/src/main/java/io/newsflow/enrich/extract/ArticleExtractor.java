package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Interim extractor (paragraphs of the body); replaced by the extraction work of issue 4. */
public final class ArticleExtractor {
  private ArticleExtractor() {}

  public static ArticleExtractor withDefaultRules() {
    return new ArticleExtractor();
  }

  public Extraction extract(Document doc) {
    List<String> blocks = new ArrayList<>();
    for (Element p : doc.select("article p")) {
      if (!p.text().isBlank()) {
        blocks.add(p.text());
      }
    }
    return new Extraction(
        doc.title(), null, List.of(), null, null, null, null, null, blocks, List.of(), List.of());
  }
}
