package io.newsflow.enrich.text;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The words of a story's URL slug ("/2024/05/ferry-fares-to-rise-in-spring.html"), which most news
 * sites write from the headline: on a text page, the heading that holds most of them is the
 * headline, wherever the page's chrome has put it. Words are compared bare (lower case, "ö" as
 * "oe", accents dropped), as slugs spell them.
 */
final class UrlSlug {
  /** Fewer words say too little: "/news/12345", "/article/live". */
  private static final int MIN_WORDS = 3;

  private final Set<String> words;

  private UrlSlug(Set<String> words) {
    this.words = words;
  }

  /** The slug of {@code url} (may be null): the path segment written as most words. */
  static UrlSlug of(String url) {
    String path = path(url);
    Set<String> best = Set.of();
    for (String segment : path.split("/")) {
      Set<String> w = wordsOf(segment.replaceFirst("\\.[a-z]{2,5}$", ""));
      if (w.size() > best.size()) {
        best = w;
      }
    }
    return new UrlSlug(best.size() >= MIN_WORDS ? Set.copyOf(best) : Set.of());
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  int size() {
    return words.size();
  }

  /** How many of the slug's words {@code line} holds. */
  int shared(String line) {
    int n = 0;
    for (String w : wordsOf(line)) {
      if (words.contains(w)) {
        n++;
      }
    }
    return n;
  }

  private static String path(String url) {
    if (url == null) {
      return "";
    }
    try {
      String raw = URI.create(url.strip()).getRawPath();
      return raw == null ? "" : URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return ""; // no URL a browser would follow: no slug
    }
  }

  /** The distinct bare words of {@code s} with a letter in them ("2024", "100" are no words). */
  private static Set<String> wordsOf(String s) {
    Set<String> out = new HashSet<>();
    for (String w : Words.bare(s).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 2 && w.codePoints().anyMatch(Character::isLetter)) {
        out.add(w);
      }
    }
    return out;
  }
}
