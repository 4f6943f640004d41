package io.newsflow.enrich.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entity names known from the training data, by type: "new york" -> LOC. Lookups are lower-cased so
 * all-caps headlines match too. Marks each token of a sentence with every name it is part of, as
 * position (B, I, L, U) x type bits. Immutable once built; thread-safe.
 */
public final class Gazetteer {
  /** Longer names are rare and their parts are covered by shorter entries. */
  public static final int MAX_TOKENS = 6;

  /** The same for a character tagger, whose tokens are characters: names run to a dozen. */
  public static final int MAX_CHARACTER_TOKENS = 12;

  static final int BEGIN = 0;
  static final int INSIDE = 1;
  static final int LAST = 2;
  static final int UNIT = 3;
  static final String[] POSITIONS = {"B", "I", "L", "U"};

  /** The mark bits of a name's first word or a one-word name, of any type. */
  static final int NAME_STARTS = (0b11111 << (BEGIN * 5)) | (0b11111 << (UNIT * 5));

  /** Lower-cased name (tokens joined by one space) -> bit (1 << type) per type it was seen as. */
  private final Map<String, Integer> names;

  /** Lower-cased word -> position x type bits of every name it is part of ("vladimir": B-PER). */
  private final Map<String, Integer> words;

  /** Every "w1 w2 ..." that a longer name continues: annotate stops at any other key. */
  private final Set<String> prefixes;

  /**
   * The word-sequence hash of every key of two or more words in {@link #names} or {@link
   * #prefixes}: most word pairs of a text are neither, and this rules them out without building the
   * key.
   */
  private final LongSet multiWordKeys;

  /**
   * {@link #words} by {@link WordEndings#stem} of one rule, built on first use (only stem models
   * ask, and a gazetteer belongs to one model).
   */
  private volatile StemWords stemWords;

  private record StemWords(WordEndings rule, Map<String, Integer> marks) {}

  public Gazetteer(Map<String, Integer> names) {
    this.names = Map.copyOf(names);
    this.words = wordsOf(names);
    this.prefixes = prefixesOf(names.keySet());
    this.multiWordKeys = multiWordKeysOf(this.names.keySet(), prefixes);
  }

  private static LongSet multiWordKeysOf(Set<String> names, Set<String> prefixes) {
    LongSet keys = new LongSet(names.size() + prefixes.size());
    for (Set<String> set : List.of(names, prefixes)) {
      for (String key : set) {
        if (key.indexOf(' ') > 0) {
          String[] words = key.split(" ", -1);
          long hash = firstWordHash(words[0]);
          for (int i = 1; i < words.length; i++) {
            hash = nextWordHash(hash, words[i]);
          }
          keys.add(hash);
        }
      }
    }
    return keys;
  }

  private static long firstWordHash(String word) {
    return word.hashCode();
  }

  private static long nextWordHash(long hash, String word) {
    return (hash + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L ^ word.hashCode();
  }

  private static Set<String> prefixesOf(Set<String> names) {
    Set<String> prefixes = new HashSet<>();
    for (String name : names) {
      for (int space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) {
        prefixes.add(name.substring(0, space));
      }
    }
    return Set.copyOf(prefixes);
  }

  private static Map<String, Integer> wordsOf(Map<String, Integer> names) {
    Map<String, Integer> words = new HashMap<>();
    names.forEach(
        (name, types) -> {
          String[] parts = name.split(" ");
          int[] marks = new int[parts.length];
          mark(marks, 0, parts.length - 1, types);
          for (int i = 0; i < parts.length; i++) {
            words.merge(parts[i], marks[i], (a, b) -> a | b);
          }
        });
    return Map.copyOf(words);
  }

  /** The position x type bits of all known names the (lower-cased) word is a word of. */
  int namePart(String lower) {
    return words.getOrDefault(lower, 0);
  }

  /** The position x type bits of the known name words with this stem ("москв": U-LOC). */
  int stemNamePart(String stem, WordEndings rule) {
    StemWords byStem = stemWords;
    if (byStem == null || byStem.rule() != rule) {
      Map<String, Integer> built = new HashMap<>();
      words.forEach((word, marks) -> built.merge(rule.stem(word), marks, (a, b) -> a | b));
      byStem = new StemWords(rule, Map.copyOf(built));
      stemWords = byStem;
    }
    return byStem.marks().getOrDefault(stem, 0);
  }

  /** For each token, the position x type bits of all known names it is a word of. */
  int[] nameParts(String[] lower) {
    int[] marks = new int[lower.length];
    for (int i = 0; i < lower.length; i++) {
      marks[i] = words.getOrDefault(lower[i], 0);
    }
    return marks;
  }

  public Map<String, Integer> names() {
    return names;
  }

  public int size() {
    return names.size();
  }

  /**
   * For each token, a bit set of (position * 5 + type) for every name covering the token; see
   * {@link #describe}.
   */
  int[] annotate(String[] lower) {
    WordFeatures[] none = new WordFeatures[lower.length];
    return annotate(lower, none);
  }

  /**
   * The same, with each token's one-word lookups answered by its cached {@link WordFeatures} where
   * given (null: looked up): most tokens are then two field reads, no hashing.
   */
  int[] annotate(String[] lower, WordFeatures[] words) {
    int[] marks = new int[lower.length];
    StringBuilder key = new StringBuilder();
    for (int start = 0; start < lower.length; start++) {
      WordFeatures word = words[start];
      String name = lower[start];
      int unit = word != null ? word.nameTypes : nameTypes(name);
      if (unit != 0) {
        mark(marks, start, start, unit);
      }
      boolean longer = word != null ? word.beginsLongerName : prefixes.contains(name);
      long hash = firstWordHash(name);
      for (int end = start + 1; longer && end < lower.length && end - start < MAX_TOKENS; end++) {
        hash = nextWordHash(hash, lower[end]);
        if (!multiWordKeys.contains(hash)) {
          break; // neither a name nor the start of one: no key to build
        }
        key.setLength(0);
        name = key.append(name).append(' ').append(lower[end]).toString();
        int types = nameTypes(name);
        if (types != 0) {
          mark(marks, start, end, types);
        }
        // Most words begin no longer name: one lookup, no key built.
        longer = prefixes.contains(name);
      }
    }
    return marks;
  }

  /** The types of the known name {@code lower} (bits by type), 0 if none. */
  int nameTypes(String lower) {
    Integer types = names.get(lower);
    return types == null ? 0 : types;
  }

  /** Whether some known name of several words begins with {@code lower}'s words. */
  boolean beginsLongerName(String lower) {
    return prefixes.contains(lower);
  }

  private static void mark(int[] marks, int start, int end, int types) {
    for (int type = 1; type <= TagSet.TYPES.size(); type++) {
      if ((types & (1 << type)) == 0) {
        continue;
      }
      if (start == end) {
        marks[start] |= 1 << (UNIT * 5 + type);
        continue;
      }
      marks[start] |= 1 << (BEGIN * 5 + type);
      for (int i = start + 1; i < end; i++) {
        marks[i] |= 1 << (INSIDE * 5 + type);
      }
      marks[end] |= 1 << (LAST * 5 + type);
    }
  }

  /** The feature string of one mark bit: "U-LOC", "B-PER"... */
  static String describe(int bit) {
    return POSITIONS[bit / 5] + "-" + TagSet.typeName(bit % 5);
  }

  /** An open-addressing set of longs: a membership test without boxing. */
  private static final class LongSet {
    private final long[] slots;
    private final boolean[] used;

    LongSet(int expected) {
      int size = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
      slots = new long[size];
      used = new boolean[size];
    }

    void add(long value) {
      int i = slot(value);
      while (used[i] && slots[i] != value) {
        i = (i + 1) & (slots.length - 1);
      }
      slots[i] = value;
      used[i] = true;
    }

    boolean contains(long value) {
      for (int i = slot(value); used[i]; i = (i + 1) & (slots.length - 1)) {
        if (slots[i] == value) {
          return true;
        }
      }
      return false;
    }

    private int slot(long value) {
      long mixed = value * 0x9E3779B97F4A7C15L;
      return (int) (mixed >>> 32) & (slots.length - 1);
    }
  }

  /** Collects names while reading tagged sentences. */
  public static final class Builder {
    private final Map<String, Integer> names = new HashMap<>();
    private final int maxTokens;

    public Builder() {
      this(MAX_TOKENS);
    }

    /** Keeps names of up to {@code maxTokens} tokens (a character tagger's names are long). */
    public Builder(int maxTokens) {
      this.maxTokens = maxTokens;
    }

    public Builder add(String[] tokens, int from, int to, int type) {
      if (to - from > maxTokens) {
        return this;
      }
      StringBuilder key = new StringBuilder();
      for (int i = from; i < to; i++) {
        if (i > from) {
          key.append(' ');
        }
        key.append(tokens[i].toLowerCase(Locale.ROOT));
      }
      names.merge(key.toString(), 1 << type, (a, b) -> a | b);
      return this;
    }

    public Gazetteer build() {
      return new Gazetteer(names);
    }
  }
}
