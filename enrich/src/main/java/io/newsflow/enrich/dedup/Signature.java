package io.newsflow.enrich.dedup;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The MinHash signature of a text: {@link #HASHES} minima over the text's shingles (one permutation
 * hashing, {@link #minima}), the number of distinct shingles (for containment) and a hash of the
 * whole normalised text (exact copies).
 *
 * <p>Normalisation makes typographic variants one text: NFKC, lower case, every run of characters
 * that are not letters or digits is a word break (quotes, dashes, line breaks, punctuation all
 * vanish). Words are shingled by three; in scripts written without spaces (Han, kana, Thai, Lao,
 * Khmer, Myanmar) each character is a token and shingles are five tokens long, so the same code
 * serves every language.
 */
public record Signature(int[] mins, int shingles, long exact) {
  public static final int HASHES = 128;
  static final int WORD_SHINGLE = 3;
  static final int CHAR_SHINGLE = 5;
  private static final long[] SEEDS = seeds();
  private static final long BIN_SEED = 0x9E3779B97F4A7C15L;
  private static final int BIN_SHIFT = 64 - 7; // top 7 bits: one of 128 bins

  public Signature {
    if (mins.length != HASHES) {
      throw new IllegalArgumentException("a signature has " + HASHES + " hashes");
    }
  }

  /** The signature of a clean article text. */
  public static Signature of(String text) {
    long[] tokens = new long[64];
    int n = 0;
    int charTokens = 0;
    String norm = nfkc(text);
    // Lower case per character is String.toLowerCase's but for two characters: a capital sigma
    // (final or not by its place) and the dotted capital I (two characters in lower case).
    boolean wholeText = norm.indexOf('\u03A3') >= 0 || norm.indexOf('\u0130') >= 0;
    if (wholeText) {
      norm = norm.toLowerCase(Locale.ROOT);
    }
    long word = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i < norm.length(); ) {
      int cp = norm.codePointAt(i);
      i += Character.charCount(cp);
      if (!wholeText) {
        cp = cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp) : Character.toLowerCase(cp);
      }
      boolean letter = isWordPart(cp);
      if (letter && unspaced(cp)) {
        if (inWord) {
          tokens = add(tokens, n++, word);
          inWord = false;
        }
        tokens = add(tokens, n++, fnv(FNV_OFFSET, cp));
        charTokens++;
        word = FNV_OFFSET;
      } else if (letter) {
        word = fnv(word, cp);
        inWord = true;
      } else if (inWord) {
        tokens = add(tokens, n++, word);
        inWord = false;
        word = FNV_OFFSET;
      }
    }
    if (inWord) {
      tokens = add(tokens, n++, word);
    }
    int k = charTokens * 2 > n ? CHAR_SHINGLE : WORD_SHINGLE;
    long exact = FNV_OFFSET;
    for (int i = 0; i < n; i++) {
      exact = mix(exact ^ tokens[i]) + i;
    }
    long[] shingles = shingles(tokens, n, k);
    return new Signature(minima(shingles), distinct(shingles), exact);
  }

  /**
   * One permutation hashing with optimal densification (Li, Owen and Zhang 2012; Shrivastava 2017):
   * each shingle's hash picks one of the {@link #HASHES} bins by its top bits and competes for that
   * bin's minimum with its low bits; an empty bin borrows the minimum of the first non-empty bin in
   * its own fixed probe sequence. Two texts then agree on a bin with probability equal to their
   * Jaccard similarity, as with 128 independent hashes, at one hash per shingle instead of 128.
   */
  static int[] minima(long[] shingles) {
    int[] mins = new int[HASHES];
    Arrays.fill(mins, -1); // the unsigned maximum
    if (shingles.length == 0) {
      return mins;
    }
    long filled0 = 0;
    long filled1 = 0;
    for (long s : shingles) {
      long h = mix(s ^ BIN_SEED);
      int bin = (int) (h >>> BIN_SHIFT);
      int v = (int) h;
      if (Integer.compareUnsigned(v, mins[bin]) < 0) {
        mins[bin] = v;
      }
      if (bin < 64) {
        filled0 |= 1L << bin;
      } else {
        filled1 |= 1L << bin;
      }
    }
    if ((filled0 & filled1) == -1L) {
      return mins;
    }
    int[] own = mins.clone();
    for (int bin = 0; bin < HASHES; bin++) {
      if (!filled(filled0, filled1, bin)) {
        mins[bin] = own[donor(bin, filled0, filled1)];
      }
    }
    return mins;
  }

  private static boolean filled(long filled0, long filled1, int bin) {
    return ((bin < 64 ? filled0 : filled1) & (1L << bin)) != 0;
  }

  /** The first filled bin of {@code bin}'s probe sequence: the same sequence in every text. */
  private static int donor(int bin, long filled0, long filled1) {
    for (long attempt = 1; ; attempt++) {
      int candidate = (int) (mix(SEEDS[bin] + attempt) >>> BIN_SHIFT);
      if (filled(filled0, filled1, candidate)) {
        return candidate;
      }
    }
  }

  /**
   * The shingle hashes, repeats included (they do not change a minimum); a text shorter than one
   * shingle is one shingle of all it has.
   */
  private static long[] shingles(long[] tokens, int n, int k) {
    if (n == 0) {
      return new long[0];
    }
    int count = Math.max(1, n - k + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x51_7C_C1_B7_27_22_0A_95L;
      for (int j = i; j < Math.min(n, i + k); j++) {
        h = mix(h ^ tokens[j]);
      }
      out[i] = h;
    }
    return out;
  }

  /**
   * How many of the hashes differ, counted in an open-addressing table rather than by sorting: the
   * sort was a sixth of the signature's time. The hashes are mixed, so their low bits index well.
   */
  static int distinct(long[] hashes) {
    long[] table = new long[Integer.highestOneBit(Math.max(1, hashes.length)) << 2];
    int mask = table.length - 1;
    boolean zero = false;
    int distinct = 0;
    for (long h : hashes) {
      if (h == 0) { // the table's empty slot: counted apart
        distinct += zero ? 0 : 1;
        zero = true;
        continue;
      }
      int at = (int) h & mask;
      while (table[at] != 0 && table[at] != h) {
        at = (at + 1) & mask;
      }
      if (table[at] == 0) {
        table[at] = h;
        distinct++;
      }
    }
    return distinct;
  }

  /** Estimated Jaccard similarity of the two shingle sets: the share of equal minima. */
  public double jaccard(Signature other) {
    int same = 0;
    for (int h = 0; h < HASHES; h++) {
      if (mins[h] == other.mins[h]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  /**
   * Estimated containment of the smaller shingle set in the larger, from the Jaccard estimate and
   * both set sizes: |A∩B| = J (|A|+|B|) / (1+J). A trimmed copy has a low Jaccard similarity to its
   * original but is contained in it.
   */
  public double containment(Signature other) {
    double j = jaccard(other);
    int small = Math.min(shingles, other.shingles);
    if (small == 0) {
      return 0;
    }
    double common = j * (shingles + other.shingles) / (1 + j);
    return Math.min(1.0, common / small);
  }

  public boolean emptyText() {
    return shingles == 0;
  }

  /** The text in NFKC, without a copy when it is so already (most texts). */
  private static String nfkc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFKC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** A letter, digit or combining mark (of lower-cased text), ASCII without a table lookup. */
  private static boolean isWordPart(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9';
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean unspaced(int cp) {
    if (cp < 0x0E00) {
      return false; // below Thai, the first of these scripts: no lookup for most characters
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
      default -> false;
    };
  }

  private static long[] add(long[] tokens, int at, long value) {
    long[] t = at < tokens.length ? tokens : Arrays.copyOf(tokens, tokens.length * 2);
    t[at] = value;
    return t;
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;

  private static long fnv(long h, int cp) {
    return (h ^ cp) * 0x100000001b3L;
  }

  /** SplitMix64's finaliser: a strong 64-bit mix, so seeded mixes act as independent hashes. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] s = new long[HASHES];
    long x = 0x6E_65_77_73_66_6C_6F_77L; // "newsflow": fixed, so signatures agree across runs
    for (int h = 0; h < HASHES; h++) {
      x += 0x9E3779B97F4A7C15L;
      s[h] = mix(x);
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s
        && shingles == s.shingles
        && exact == s.exact
        && Arrays.equals(mins, s.mins);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(mins) * 31 + Long.hashCode(exact);
  }

  @Override
  public String toString() {
    return "Signature[shingles=" + shingles + ", exact=" + Long.toHexString(exact) + "]";
  }
}
