package io.newsflow.enrich.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the page title among declared candidates (JSON-LD, Dublin Core, Open Graph...). A
 * declared title that agrees with what the reader sees ({@code <title>} or the h1) wins over one
 * that does not, e.g. a JSON-LD headline "Wikimedia list article".
 */
final class TitleChooser {
  private static final double AGREEMENT = 0.75;
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\p{P}]+");

  private TitleChooser() {}

  /** Candidates in order of trust; falls back to the document title, then the h1. */
  static String choose(String docTitle, String h1, List<String> siteNames, String... declared) {
    Set<String> sites = new HashSet<>();
    for (String site : siteNames) {
      sites.add(TitleCleaner.key(site));
    }
    String firstDeclared = null;
    for (String candidate : declared) {
      if (candidate == null || candidate.isBlank() || sites.contains(TitleCleaner.key(candidate))) {
        continue; // a "title" that is just the site name says nothing about the article
      }
      String c = Texts.normalize(candidate);
      if (firstDeclared == null) {
        firstDeclared = c;
      }
      if (agrees(c, docTitle) || agrees(c, h1)) {
        return c;
      }
    }
    if (firstDeclared != null) {
      return firstDeclared;
    }
    return docTitle != null ? docTitle : h1;
  }

  /** Most of the candidate's words appear in the reference. */
  private static boolean agrees(String candidate, String reference) {
    if (reference == null) {
      return false;
    }
    Set<String> ref = words(reference);
    Set<String> cand = words(candidate);
    if (cand.isEmpty()) {
      return false;
    }
    int shared = 0;
    for (String w : cand) {
      if (ref.contains(w)) {
        shared++;
      }
    }
    return shared >= AGREEMENT * cand.size();
  }

  private static Set<String> words(String s) {
    Set<String> words = new HashSet<>();
    for (String w : WORD_SEPARATORS.split(s)) {
      if (!w.isEmpty()) {
        words.add(TitleCleaner.key(w));
      }
    }
    return words;
  }
}
