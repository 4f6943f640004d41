package io.newsflow.enrich.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Known other names of well-known entities, kept as data in {@code aliases.tsv}: "U.S.", "US",
 * "USA" -> United States (LOC); "U.N." -> United Nations (ORG). Lookup ignores case, typographic
 * quotes, extra spaces and a leading "the". Immutable; thread-safe.
 */
public final class AliasTable {
  private static final String RESOURCE = "aliases.tsv";

  /** Compiled once: every mention's lookup normalises its spaces. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A canonical name and its entity type. */
  public record Entry(String name, String type) {}

  private final Map<String, Entry> entries;

  public AliasTable(Map<String, Entry> entries) {
    Map<String, Entry> normalised = new HashMap<>();
    entries.forEach((alias, entry) -> normalised.put(key(alias), entry));
    this.entries = Map.copyOf(normalised);
  }

  /**
   * Reads {@code aliases.tsv}: "alias TAB canonical name TAB type"; a canonical name is its own
   * alias.
   */
  public static AliasTable loadDefault() {
    return parse(WordListResource.lines(RESOURCE));
  }

  static AliasTable parse(List<String> lines) {
    Map<String, Entry> entries = new HashMap<>();
    for (String line : lines) {
      String[] columns = line.split("\t");
      if (columns.length != 3 || !TagSet.TYPES.contains(columns[2].strip())) {
        throw new IllegalArgumentException("bad alias line: " + line);
      }
      Entry entry = new Entry(columns[1].strip(), columns[2].strip());
      entries.put(columns[0].strip(), entry);
      entries.put(entry.name(), entry);
    }
    return new AliasTable(entries);
  }

  public Optional<Entry> lookup(String mention) {
    return Optional.ofNullable(entries.get(key(mention)));
  }

  static String key(String mention) {
    String key =
        SPACES
            .matcher(SentenceView.normalise(mention.strip()).replace('\u2019', '\''))
            .replaceAll(" ")
            .toLowerCase(Locale.ROOT);
    return key.startsWith("the ") ? key.substring(4) : key;
  }
}
