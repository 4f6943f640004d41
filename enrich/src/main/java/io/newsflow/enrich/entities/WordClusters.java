package io.newsflow.enrich.entities;

import java.util.Map;

/**
 * Word classes learnt from unlabelled text (exchange clustering over word bigrams, see the tools'
 * {@code WordClustering}): words that occur in like contexts share a class, so a weight learnt for
 * one carries to the others ("Ayala" and "Zamora" after "el delantero"). Each word has a class at
 * up to three granularities (coarse to fine). Keys are lower-case words. Immutable.
 *
 * @param classes lower-case word to its classes, {@link #BITS} bits per granularity, coarse first;
 *     each class is stored plus one, so 0 means no class at that granularity
 */
public record WordClusters(Map<String, Integer> classes) {
  public static final WordClusters NONE = new WordClusters(Map.of());

  /** Bits per granularity in a packed value. */
  public static final int BITS = 10;

  public static final int GRANULARITIES = 3;

  public WordClusters {
    classes = Map.copyOf(classes);
  }

  public boolean isEmpty() {
    return classes.isEmpty();
  }

  /** The packed classes of a word, or 0 if it has none. */
  int packed(String lower) {
    Integer value = classes.get(lower);
    return value == null ? 0 : value;
  }

  /** Class + 1 at granularity g of a packed value, 0 for none. */
  static int at(int packed, int g) {
    return (packed >>> (g * BITS)) & ((1 << BITS) - 1);
  }

  /** Packs class ids (each below 2^BITS - 1), coarse first. */
  public static int pack(int... ids) {
    if (ids.length > GRANULARITIES) {
      throw new IllegalArgumentException("at most " + GRANULARITIES + " granularities");
    }
    int packed = 0;
    for (int g = 0; g < ids.length; g++) {
      if (ids[g] < 0 || ids[g] >= (1 << BITS) - 1) {
        throw new IllegalArgumentException("class id out of range: " + ids[g]);
      }
      packed |= (ids[g] + 1) << (g * BITS);
    }
    return packed;
  }
}
