package io.newsflow.enrich.metadata;

import io.newsflow.enrich.rules.Texts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page's own keywords and tags, merged from several declarations: trimmed, de-duplicated
 * without regard to case (first spelling wins) and bounded, since keyword fields are a favourite
 * place for SEO stuffing.
 */
final class Keywords {
  static final int MAX_KEYWORDS = 50;
  static final int MAX_KEYWORD_CHARS = 100;
  /** ASCII and CJK commas, semicolons and the ideographic enumeration comma. */
  private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;，；、]");

  private final List<String> keywords = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  /** Adds each entry of a comma-separated list; null is ignored. */
  Keywords addList(String list) {
    if (list != null) {
      for (String k : LIST_SEPARATORS.split(list)) {
        add(k);
      }
    }
    return this;
  }

  Keywords addLists(List<String> lists) {
    lists.forEach(this::addList);
    return this;
  }

  private void add(String raw) {
    String k = Texts.normalize(raw);
    if (k.isEmpty() || k.length() > MAX_KEYWORD_CHARS || keywords.size() >= MAX_KEYWORDS) {
      return;
    }
    if (seen.add(k.toLowerCase(Locale.ROOT))) {
      keywords.add(k);
    }
  }

  List<String> toList() {
    return List.copyOf(keywords);
  }
}
