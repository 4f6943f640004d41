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
  /** ASCII and CJK commas, semicolons and the ideographic enumeration comma. */
  private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;，；、]");

  private final List<String> keywords = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final int max;
  private final int maxChars;

  /** At most {@code max} keywords of at most {@code maxChars} characters each. */
  Keywords(int max, int maxChars) {
    this.max = max;
    this.maxChars = maxChars;
  }

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
    if (k.isEmpty() || k.length() > maxChars || keywords.size() >= max) {
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
