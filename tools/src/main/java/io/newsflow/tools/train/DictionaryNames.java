package io.newsflow.tools.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryIterator;
import morfologik.stemming.WordData;

/**
 * Writes the typed proper nouns of a LanguageTool morphological dictionary as one-name CoNLL
 * sentences ("Vermeulen B-PER"), the input of {@code TrainTagger --names}: tens of thousands of
 * person and place names no training file has. Each dictionary types its names in its own tag set
 * ({@link #type}); a word given two types is left out.
 *
 * <p>Usage: {@code DictionaryNames DICTIONARY_URL LANGUAGE OUT.conll}, the URL of the {@code .dict}
 * inside its jar (training README).
 */
public final class DictionaryNames {
  private DictionaryNames() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: DictionaryNames DICTIONARY_URL LANGUAGE OUT.conll");
      System.exit(2);
    }
    Map<String, String> names = read(Dictionary.read(new URL(args[0])), args[1]);
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      names.forEach((word, type) -> out.print(word + " B-" + type + "\n\n"));
    }
    System.err.println(names.size() + " names");
  }

  static Map<String, String> read(Dictionary dictionary, String language) {
    Map<String, String> names = new TreeMap<>();
    Set<String> ambiguous = new HashSet<>();
    Iterator<WordData> entries =
        new DictionaryIterator(dictionary, dictionary.metadata.getDecoder(), true);
    while (entries.hasNext()) {
      WordData entry = entries.next();
      String type = type(language, String.valueOf(entry.getTag()));
      String word = asName(String.valueOf(entry.getWord()), language);
      if (type == null || word.isEmpty() || word.indexOf(' ') >= 0) {
        continue;
      }
      String before = names.putIfAbsent(word, type);
      if (before != null && !before.equals(type)) {
        ambiguous.add(word);
      }
    }
    ambiguous.forEach(names::remove);
    return names;
  }

  /** The entity type of a dictionary tag, or null for no name. */
  static String type(String language, String tag) {
    return switch (language) {
      case "nl" ->
          tag.startsWith("ENM:PER")
              ? "PER"
              : tag.startsWith("ENM:LOC") ? "LOC" : tag.startsWith("ENM:ORG") ? "ORG" : null;
      case "es" -> spanish(tag);
      case "de" -> german(tag);
      case "ru" ->
          tag.startsWith("NN:Name") || tag.startsWith("NN:Fam") || tag.startsWith("NN:Patr")
              ? "PER"
              : null;
      default -> throw new IllegalArgumentException("no name types known for " + language);
    };
  }

  /** FreeLing's proper-noun classes: NP..SP person, G0 place, O0 organisation. */
  private static String spanish(String tag) {
    if (!tag.startsWith("NP") || tag.length() < 6) {
      return null;
    }
    return switch (tag.substring(4, 6)) {
      case "SP" -> "PER";
      case "G0" -> "LOC";
      case "O0" -> "ORG";
      default -> null;
    };
  }

  /** Morphy's EIG (proper noun) subtypes: first names, surnames, towns, countries, regions... */
  private static String german(String tag) {
    if (!tag.startsWith("EIG:")) {
      return null;
    }
    return switch (tag.substring(tag.lastIndexOf(':') + 1)) {
      case "VOR", "NAC" -> "PER";
      case "STD", "COU", "GEB", "MOU", "WAT", "GEO" -> "LOC";
      default -> null;
    };
  }

  /**
   * The word as a name is written, or "" if it is not one: Russian dictionaries write names in
   * lower case, so their first letter is raised; elsewhere a name begins with a capital.
   */
  private static String asName(String word, String language) {
    if (word.isEmpty()) {
      return "";
    }
    int first = word.codePointAt(0);
    if (language.equals("ru") && Character.isLowerCase(first)) {
      return new String(Character.toChars(Character.toUpperCase(first)))
          + word.substring(Character.charCount(first));
    }
    return Character.isUpperCase(first) ? word : "";
  }
}
