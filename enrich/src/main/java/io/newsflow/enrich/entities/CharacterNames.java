package io.newsflow.enrich.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer's names as character strings, for a tagger that sees one character a token: which
 * known names begin, end or run through each character (longest per type), and what the names'
 * edges teach about characters never seen in a name: how many person names a character opens (the
 * surnames), and how many organisation or place names a character or character pair closes ("省",
 * "大学"). All of it comes from the gazetteer the extractor is given, so in training it is the other
 * folds' names only, as for the word gazetteer. Immutable; thread-safe.
 */
final class CharacterNames {
  private static final int MAX_NAME = Gazetteer.MAX_CHARACTER_TOKENS;

  private static final int TYPES = TagSet.TYPES.size() + 1;
  private static final int PER = TagSet.TYPES.indexOf("PER") + 1;

  private final Map<String, Integer> names = new HashMap<>();
  private final Set<String> prefixes = new HashSet<>();
  private final Map<String, Integer> personFirst = new HashMap<>();
  private final Map<String, int[]> lastChar = new HashMap<>();
  private final Map<String, int[]> lastTwo = new HashMap<>();

  CharacterNames(Gazetteer gazetteer) {
    gazetteer
        .names()
        .forEach(
            (name, types) -> {
              String[] parts = name.split(" ");
              if (parts.length > MAX_NAME) {
                return;
              }
              StringBuilder joined = new StringBuilder();
              for (int k = 0; k < parts.length; k++) {
                joined.append(parts[k]);
                if (k < parts.length - 1) {
                  prefixes.add(joined.toString());
                }
              }
              names.merge(joined.toString(), types, (a, b) -> a | b);
              if (parts.length < 2) {
                return; // a one-character name has no edge to learn from
              }
              if ((types & (1 << PER)) != 0) {
                personFirst.merge(parts[0], 1, Integer::sum);
              }
              String last = parts[parts.length - 1];
              String two = parts[parts.length - 2] + last;
              for (int type = 1; type < TYPES; type++) {
                if (type != PER && (types & (1 << type)) != 0) {
                  lastChar.computeIfAbsent(last, k -> new int[TYPES])[type]++;
                  lastTwo.computeIfAbsent(two, k -> new int[TYPES])[type]++;
                }
              }
            });
  }

  /**
   * Per token and type, the length in tokens of the longest known name beginning there ({@code
   * begin}) and ending there ({@code end}), and whether one runs through it ({@code inside}).
   */
  record Matches(int[][] begin, int[][] end, boolean[][] inside) {}

  Matches match(String[] lower) {
    int n = lower.length;
    int[][] begin = new int[n][TYPES];
    int[][] end = new int[n][TYPES];
    boolean[][] inside = new boolean[n][TYPES];
    StringBuilder key = new StringBuilder();
    for (int start = 0; start < n; start++) {
      key.setLength(0);
      for (int last = start; last < n && last - start < MAX_NAME; last++) {
        key.append(lower[last]);
        String name = key.toString();
        Integer types = names.get(name);
        if (types != null) {
          int length = last - start + 1;
          for (int type = 1; type < TYPES; type++) {
            if ((types & (1 << type)) != 0) {
              begin[start][type] = Math.max(begin[start][type], length);
              end[last][type] = Math.max(end[last][type], length);
              for (int k = start + 1; k < last; k++) {
                inside[k][type] = true;
              }
            }
          }
        }
        if (!prefixes.contains(name)) {
          break;
        }
      }
    }
    return new Matches(begin, end, inside);
  }

  /** Adds token i's name features: its matches, and its counts as a name's first or last char. */
  void addFeatures(Matches m, int i, String unit, String previousUnit, List<Integer> out) {
    for (int type = 1; type < TYPES; type++) {
      String typeName = CharacterFeatures.typeName(type);
      if (m.begin()[i][type] > 0) {
        out.add(CharacterFeatures.hash(Template.NAME_BEGIN, typeName, length(m.begin()[i][type])));
      }
      if (m.end()[i][type] > 0) {
        out.add(CharacterFeatures.hash(Template.NAME_END, typeName, length(m.end()[i][type])));
      }
      if (m.inside()[i][type]) {
        out.add(CharacterFeatures.hash(Template.NAME_INSIDE, typeName));
      }
    }
    int first = personFirst.getOrDefault(unit, 0);
    out.add(CharacterFeatures.hash(Template.PERSON_FIRST, count(first)));
    addCounts(Template.NAME_LAST, lastChar.get(unit), out);
    addCounts(Template.NAME_LAST_TWO, lastTwo.get(previousUnit + unit), out);
  }

  private static void addCounts(Template template, int[] counts, List<Integer> out) {
    if (counts == null) {
      return;
    }
    for (int type = 1; type < TYPES; type++) {
      if (counts[type] > 0) {
        out.add(
            CharacterFeatures.hash(
                template, CharacterFeatures.typeName(type), count(counts[type])));
      }
    }
  }

  private static String length(int tokens) {
    return tokens >= 6 ? "6+" : Integer.toString(tokens);
  }

  /**
   * Coarse counts: a character that opened one name in training says less than one that opened 20.
   */
  private static String count(int n) {
    if (n == 0) {
      return "0";
    }
    if (n == 1) {
      return "1";
    }
    if (n < 5) {
      return "2-4";
    }
    return n < 20 ? "5-19" : "20+";
  }
}
