package io.newsflow.tools.train;

import io.newsflow.enrich.entities.TokenScheme;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the typed names of a Stanford CoreNLP RegexNER mapping (the Chinese KBP gazetteer {@code
 * cn_regexner_mapping.tab}: cities, countries, provinces, persons, organisations) as one-name CoNLL
 * sentences in the character tagger's tokens ("首 B-LOC", "尔 I-LOC"), the input of {@code
 * TrainTagger --names}: thousands of places and persons the 98k-character training file never had.
 * The mapping's spaces (its word segmentation) are dropped; its other categories (titles,
 * nationalities, charges) are not names; a name given two types is left out.
 *
 * <p>Usage: {@code StanfordGazetteer MAPPING.tab OUT.conll} (training README).
 */
public final class StanfordGazetteer {
  private StanfordGazetteer() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: StanfordGazetteer MAPPING.tab OUT.conll");
      System.exit(2);
    }
    Map<String, String> names;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      names = read(in.lines().toList());
    }
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      names.forEach((name, type) -> out.print(asCharacters(name, type)));
    }
    System.err.println(names.size() + " names");
  }

  /** Name (spaces dropped) to its entity type, from the mapping's "pattern TAB category" lines. */
  static Map<String, String> read(List<String> lines) {
    Map<String, String> names = new TreeMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (String line : lines) {
      String[] fields = line.split("\t");
      String type = fields.length < 2 ? null : type(fields[1]);
      String name = fields[0].replace(" ", "");
      if (type == null || name.codePointCount(0, name.length()) < 2) {
        continue;
      }
      String before = names.putIfAbsent(name, type);
      if (before != null && !before.equals(type)) {
        ambiguous.add(name);
      }
    }
    ambiguous.forEach(names::remove);
    return names;
  }

  /** The entity type of a RegexNER category, or null for one that is no name. */
  static String type(String category) {
    return switch (category) {
      case "PERSON" -> "PER";
      case "ORGANIZATION" -> "ORG";
      case "CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION" -> "LOC";
      default -> null;
    };
  }

  /** One CoNLL sentence of the name cut into the character tagger's tokens. */
  static String asCharacters(String name, String type) {
    TokenScheme.Mapped m = TokenScheme.CHARACTERS.map(List.of(name), List.of("B-" + type));
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < m.tokens().size(); k++) {
      sb.append(m.tokens().get(k)).append(' ').append(m.tags().get(k)).append('\n');
    }
    return sb.append('\n').toString();
  }
}
