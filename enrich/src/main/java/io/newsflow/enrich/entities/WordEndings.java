package io.newsflow.enrich.entities;

/**
 * A word without its inflectional ending, so the forms of one name or word meet. A model uses one
 * rule, chosen by its language when it is trained ({@code TrainTagger --stems}) and kept in the
 * model file; each rule leaves words of other scripts as they are.
 *
 * <p>{@link #RUSSIAN}: "москва", "москвы", "москве", "москву" -> "москв"; "путина", "путину",
 * "путиным" -> "путин". A light stemmer for the case endings of nouns and adjectives (after
 * Savoy's, as in Lucene's {@code RussianLightStemmer}): the longest ending that leaves a stem of at
 * least {@link #MIN_STEM} letters, then a final soft sign or "и" ("россия", "россии", "россией" ->
 * "росс"). Unlike Savoy's, "-ов" and "-ев" stay: they end surnames ("петров", "петрова"), rarely a
 * case.
 *
 * <p>{@link #SPANISH}: the plural and the gender ending of Latin-script words of five letters or
 * more (after Savoy's Spanish light stemmer, as Lucene's {@code SpanishLightStemmer}), so
 * "brasileño", "brasileña", "brasileños" -> "brasileñ", "españoles" and "española" -> "español",
 * "veces" -> "vez". Accents are kept: a stressed last syllable ("francés", "Rodríguez") is the stem
 * itself, not an ending.
 */
public enum WordEndings {
  /** No stems (every model before the eighth round of #17). */
  NONE,
  RUSSIAN,
  SPANISH;

  private static final int MIN_STEM = 3;

  /** Words shorter than this keep their Spanish ending ("real", "roma", "once"). */
  private static final int MIN_SPANISH_WORD = 5;

  /** Endings by length, longest first; a stem must keep {@link #MIN_STEM} letters. */
  private static final String[][] RUSSIAN_ENDINGS = {
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

  /** The rule for a language's models: Russian and Spanish have one, other languages none. */
  public static WordEndings forLanguage(String language) {
    return switch (language) {
      case "ru" -> RUSSIAN;
      case "es" -> SPANISH;
      default -> NONE;
    };
  }

  /** The lower-case word without its ending; itself if it has none or is of another script. */
  String stem(String lower) {
    return switch (this) {
      case NONE -> lower;
      case RUSSIAN -> russian(lower);
      case SPANISH -> spanish(lower);
    };
  }

  private static String russian(String lower) {
    if (lower.isEmpty() || !inBlock(lower, Character.UnicodeBlock.CYRILLIC)) {
      return lower;
    }
    String stem = withoutRussianEnding(lower);
    char last = stem.charAt(stem.length() - 1);
    return stem.length() > MIN_STEM && (last == 'ь' || last == 'и')
        ? stem.substring(0, stem.length() - 1)
        : stem;
  }

  private static String withoutRussianEnding(String lower) {
    for (String[] endings : RUSSIAN_ENDINGS) {
      for (String ending : endings) {
        if (lower.length() - ending.length() >= MIN_STEM && lower.endsWith(ending)) {
          return lower.substring(0, lower.length() - ending.length());
        }
      }
    }
    return lower;
  }

  private static String spanish(String lower) {
    int n = lower.length();
    if (n < MIN_SPANISH_WORD || !isLatinLetters(lower)) {
      return lower;
    }
    char last = lower.charAt(n - 1);
    if (last == 'o' || last == 'a' || last == 'e') {
      return lower.substring(0, n - 1);
    }
    if (last != 's') {
      return lower;
    }
    if (lower.endsWith("eses")) {
      return lower.substring(0, n - 2); // "franceses" -> "frances"
    }
    if (lower.endsWith("ces")) {
      return lower.substring(0, n - 3) + 'z'; // "veces" -> "vez"
    }
    char before = lower.charAt(n - 2);
    return before == 'o' || before == 'a' || before == 'e' ? lower.substring(0, n - 2) : lower;
  }

  private static boolean inBlock(String lower, Character.UnicodeBlock block) {
    return Character.UnicodeBlock.of(lower.charAt(lower.length() - 1)) == block;
  }

  /** Letters only, each of the Latin script: no digits, hyphens or other scripts. */
  private static boolean isLatinLetters(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (!Character.isLetter(c)
          || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }
}
