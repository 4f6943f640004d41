package io.newsflow.enrich.metadata;

import io.newsflow.enrich.article.PageMetadata;
import io.newsflow.enrich.rules.Texts;
import io.newsflow.enrich.rules.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * When the DOM yields far less text than the page's own JSON-LD articleBody (paywalls, script
 * rendered pages), the declared body is the better answer.
 */
public final class JsonLdFallback {
  /** A blank line, or a single line break, ends a paragraph of the declared body. */
  private static final Pattern LINE_BREAKS = Pattern.compile("\\n\\s*\\n|\\r?\\n");

  private JsonLdFallback() {}

  public static List<String> apply(List<String> blocks, PageMetadata meta, Thresholds.Html t) {
    if (meta == null || meta.articleBody() == null) {
      return blocks;
    }
    String body = meta.articleBody();
    if (body.length() < t.jsonLdBodyMinChars()) {
      return blocks;
    }
    int domChars = 0;
    for (String b : blocks) {
      domChars += b.length();
    }
    if (domChars >= body.length() * t.jsonLdBodyFallbackRatio()) {
      return blocks;
    }
    List<String> fromLd = new ArrayList<>();
    for (String paragraph : LINE_BREAKS.split(body)) {
      String p = Texts.normalize(paragraph);
      if (!p.isEmpty()) {
        fromLd.add(p);
      }
    }
    return fromLd;
  }
}
