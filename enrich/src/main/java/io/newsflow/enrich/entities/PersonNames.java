package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The full (multi-word) person names of one text, indexed by their first and last word so a short
 * mention finds its full name without scanning them all: "Putin" -> "Vladimir Putin" (same last
 * word), "Xi" -> "Xi Jinping" (surname-first names share the first word). Longest name wins.
 */
final class PersonNames {
  /** Compiled once: String.split would compile it for every mention (a tenth of resolving them). */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Map<String, List<List<String>>> byLastWord = new HashMap<>();
  private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

  static PersonNames of(List<EntityMention> mentions) {
    PersonNames names = new PersonNames();
    Set<List<String>> seen = new HashSet<>();
    for (EntityMention m : mentions) {
      List<String> words = words(m.text());
      if (m.type().equals("PER") && words.size() > 1 && seen.add(words)) {
        names
            .byLastWord
            .computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>())
            .add(words);
        names.byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
      }
    }
    Comparator<List<String>> longestFirst = Comparator.comparingInt(n -> -n.size());
    names
        .byLastWord
        .values()
        .forEach(list -> list.sort(longestFirst)); // stable: ties keep text order
    names.byFirstWord.values().forEach(list -> list.sort(longestFirst));
    return names;
  }

  /** The longest full name ending with these words, else the longest starting with them. */
  Optional<String> fullNameOf(List<String> words) {
    for (List<String> full : byLastWord.getOrDefault(words.get(words.size() - 1), List.of())) {
      if (full.size() >= words.size()
          && full.subList(full.size() - words.size(), full.size()).equals(words)) {
        return Optional.of(String.join(" ", full));
      }
    }
    for (List<String> full : byFirstWord.getOrDefault(words.get(0), List.of())) {
      if (full.size() > words.size() && full.subList(0, words.size()).equals(words)) {
        return Optional.of(String.join(" ", full));
      }
    }
    return Optional.empty();
  }

  /** Words of a mention with line breaks and typographic apostrophes evened out. */
  static List<String> words(String text) {
    return List.of(SPACES.split(text.replace('\u2019', '\'').strip()));
  }
}
