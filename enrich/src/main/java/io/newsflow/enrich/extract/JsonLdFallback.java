package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * When the DOM yields far less text than the page's own JSON-LD articleBody (paywalls, script
 * rendered pages), the declared body is the better answer.
 */
final class JsonLdFallback {
  private JsonLdFallback() {}

  static List<String> apply(List<String> blocks, PageMetadata meta, Thresholds t) {
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
    for (String paragraph : body.split("\\n\\s*\\n|\\r?\\n")) {
      String p = Texts.normalize(paragraph);
      if (!p.isEmpty()) {
        fromLd.add(p);
      }
    }
    return fromLd;
  }
}
