package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Groups the mentions of one text into canonical entities. A mention's name comes from, in order:
 * the alias table ("U.S." -> United States); for a person, the longest full name in the same text
 * that ends with it ("Putin" -> Vladimir Putin) or, for surname-first names, starts with it ("Xi"
 * -> Xi Jinping); else its own text. The entity's type is the alias type or the most common tagged
 * type. Salience mixes frequency with how early the entity first appears. Thread-safe.
 */
public final class MentionResolver {
  /** Weight of frequency against first position in the salience. */
  private static final double FREQUENCY_WEIGHT = 0.6;

  private final AliasTable aliases;

  public MentionResolver(AliasTable aliases) {
    this.aliases = aliases;
  }

  public List<CanonicalEntity> resolve(List<EntityMention> mentions, int textLength) {
    PersonNames personNames = PersonNames.of(mentions);
    // Grouped case-insensitively so a headline's "CHINA" joins "China".
    Map<String, List<EntityMention>> groups = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    Map<String, String> knownTypes = new HashMap<>();
    for (EntityMention mention : mentions) {
      Optional<AliasTable.Entry> alias = aliases.lookup(mention.text());
      Optional<String> person =
          alias.isPresent() ? Optional.empty() : personName(mention, personNames);
      String name =
          alias
              .map(AliasTable.Entry::name)
              .or(() -> person)
              .orElseGet(() -> String.join(" ", PersonNames.words(mention.text())));
      String key = name.toLowerCase(Locale.ROOT);
      alias.ifPresent(a -> knownTypes.put(key, a.type()));
      person.ifPresent(p -> knownTypes.putIfAbsent(key, "PER"));
      names.merge(key, name, MentionResolver::preferredSpelling);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(mention);
    }
    int maxCount = groups.values().stream().mapToInt(List::size).max().orElse(1);
    List<CanonicalEntity> entities = new ArrayList<>();
    groups.forEach(
        (key, group) -> {
          String type = knownTypes.getOrDefault(key, majorityType(group));
          entities.add(new CanonicalEntity(type, names.get(key), group, 0));
        });
    return entities.stream()
        .map(e -> withSalience(e, maxCount, textLength))
        .sorted(
            Comparator.comparingDouble(CanonicalEntity::salience)
                .reversed()
                .thenComparingInt(CanonicalEntity::firstOffset))
        .toList();
  }

  /**
   * The full person name this mention is part of: the longest one ending with it ("Putin"), else
   * the longest starting with it (surname first: "Xi"). A lone word of any tagged type may join a
   * person, since a short name in a headline is often mistyped; the group is then a person.
   */
  private static Optional<String> personName(EntityMention mention, PersonNames personNames) {
    List<String> words = PersonNames.words(mention.text());
    if (!mention.type().equals("PER") && words.size() > 1) {
      return Optional.empty();
    }
    return personNames.fullNameOf(words);
  }

  /** Keeps the first spelling unless it is all capitals and the other is not ("CHINA", "China"). */
  private static String preferredSpelling(String first, String other) {
    return WordShape.isAllCaps(first) && !WordShape.isAllCaps(other) ? other : first;
  }

  private static String majorityType(List<EntityMention> group) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (EntityMention m : group) {
      counts.merge(m.type(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue()) // first of equals wins: LinkedHashMap keeps text order
        .map(Map.Entry::getKey)
        .orElse("MISC");
  }

  private static CanonicalEntity withSalience(CanonicalEntity e, int maxCount, int textLength) {
    double frequency = (double) e.count() / maxCount;
    double earliness = textLength == 0 ? 1 : 1 - (double) e.firstOffset() / textLength;
    double salience = FREQUENCY_WEIGHT * frequency + (1 - FREQUENCY_WEIGHT) * earliness;
    return new CanonicalEntity(
        e.type(), e.name(), e.mentions(), Math.round(salience * 1000) / 1000.0);
  }
}
