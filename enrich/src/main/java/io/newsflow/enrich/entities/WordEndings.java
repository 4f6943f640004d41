package io.newsflow.enrich.entities;

/**
 * A word without its inflectional ending, so the forms of one Russian name meet: "москва",
 * "москвы", "москве", "москву" -> "москв"; "путина", "путину", "путиным" -> "путин". A light
 * stemmer for the case endings of nouns and adjectives (after Savoy's, as in Lucene's {@code
 * RussianLightStemmer}): the longest ending that leaves a stem of at least {@link #MIN_STEM}
 * letters, then a final soft sign or "и" ("россия", "россии", "россией" -> "росс"). Unlike Savoy's,
 * "-ов" and "-ев" stay: they end surnames ("петров", "петрова"), rarely a case. Words of other
 * scripts are returned as they are.
 */
final class WordEndings {
  private static final int MIN_STEM = 3;

  /** Endings by length, longest first; a stem must keep {@link #MIN_STEM} letters. */
  private static final String[][] ENDINGS = {
    {"иями", "оями"},
    {
      "иям", "иях", "оях", "ями", "ами", "ьям", "ьях", "его", "ему", "ими", "ого", "ому", "ыми",
      "ией", "ьей", "ьем"
    },
    {
      "ая", "яя", "ях", "юю", "ах", "ею", "их", "ия", "ию", "ью", "ье", "ьи", "ям", "ам", "ей",
      "ем", "ее", "ие", "им", "ий", "ой", "ом", "ое", "ую", "ые", "ый", "ым", "ых", "ою", "ии"
    },
    {"а", "я", "ы", "ю", "о", "у", "е", "й", "ь", "и"}
  };

  private WordEndings() {}

  /** The lower-case word without its case ending; itself if it has none or is not Cyrillic. */
  static String stem(String lower) {
    if (lower.isEmpty()
        || Character.UnicodeBlock.of(lower.charAt(lower.length() - 1))
            != Character.UnicodeBlock.CYRILLIC) {
      return lower;
    }
    String stem = withoutEnding(lower);
    char last = stem.charAt(stem.length() - 1);
    return stem.length() > MIN_STEM && (last == 'ь' || last == 'и')
        ? stem.substring(0, stem.length() - 1)
        : stem;
  }

  private static String withoutEnding(String lower) {
    for (String[] endings : ENDINGS) {
      for (String ending : endings) {
        if (lower.length() - ending.length() >= MIN_STEM && lower.endsWith(ending)) {
          return lower.substring(0, lower.length() - ending.length());
        }
      }
    }
    return lower;
  }
}
