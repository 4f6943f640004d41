package io.newsflow.enrich.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a text that does not declare one. Scripts used by one language (Han,
 * kana, Hangul, Thai, Greek, Hebrew, Devanagari...) decide at once; within a shared script (Latin,
 * Cyrillic, Arabic) the language whose most frequent words cover most of the text wins. Returns a
 * BCP 47 primary tag, or null when the text is too short or nothing scores. Thread-safe.
 */
public final class LanguageGuesser {
  private static final String STOPWORDS = "stopwords.tsv";
  private static final int MAX_CHARS = 20_000;
  private static final int MIN_LETTERS = 20;
  private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

  /** At least this share of the words must be stopwords of the winner. */
  private static final double MIN_COVERAGE = 0.08;

  /** ... and at least this many: a list of names can contain one by chance. */
  private static final int MIN_HITS = 3;

  /** The profiles' languages, in the order of the profiles file. */
  private final String[] languages;

  /**
   * For each stopword, the indexes (into {@link #languages}, ascending) of the profiles that list
   * it: one lookup per word of the text instead of one per profile.
   */
  private final StopwordIndex profilesByWord;

  private LanguageGuesser(Map<String, Set<String>> stopwords) {
    this.languages = stopwords.keySet().toArray(new String[0]);
    Map<String, int[]> byWord = new HashMap<>();
    for (int i = 0; i < languages.length; i++) {
      for (String word : stopwords.get(languages[i])) {
        int[] before = byWord.get(word);
        int[] after = before == null ? new int[1] : Arrays.copyOf(before, before.length + 1);
        after[after.length - 1] = i;
        byWord.put(word, after);
      }
    }
    this.profilesByWord = new StopwordIndex(byWord);
  }

  public static LanguageGuesser withDefaultProfiles() {
    try (InputStream in = LanguageGuesser.class.getResourceAsStream(STOPWORDS)) {
      if (in == null) {
        throw new IllegalStateException(STOPWORDS + " is missing from the classpath");
      }
      return new LanguageGuesser(
          parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Set<String>> parse(BufferedReader lines) throws IOException {
    Map<String, Set<String>> profiles = new LinkedHashMap<>();
    String line;
    while ((line = lines.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      profiles.put(parts[0], Set.of(parts[1].strip().split(" +")));
    }
    return profiles;
  }

  /** The language a page declared, else the one its text is guessed to be in. */
  public String declaredOrGuessed(String declared, String text) {
    return declared != null ? declared : guess(text);
  }

  public String guess(String text) {
    // The first MAX_CHARS characters are read in place; a copy only where the cut splits a pair.
    String sample =
        text.length() > MAX_CHARS && Character.isHighSurrogate(text.charAt(MAX_CHARS - 1))
            ? text.substring(0, MAX_CHARS)
            : text;
    int end = Math.min(sample.length(), MAX_CHARS);
    Map<Character.UnicodeScript, Integer> scripts = scriptCounts(sample, end);
    int letters = scripts.values().stream().mapToInt(Integer::intValue).sum();
    if (letters < MIN_LETTERS) {
      return null;
    }
    Character.UnicodeScript main =
        scripts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    String byScript = byScript(main, scripts, letters);
    return byScript != null ? byScript : byStopwords(sample, end);
  }

  /** Languages a script alone tells. Japanese mixes Han with kana, so kana decides it. */
  private static String byScript(
      Character.UnicodeScript main, Map<Character.UnicodeScript, Integer> scripts, int letters) {
    int kana =
        scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
            + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
    if (kana > letters / 10) {
      return "ja";
    }
    return switch (main) {
      case HAN -> "zh";
      case HANGUL -> "ko";
      case THAI -> "th";
      case GREEK -> "el";
      case HEBREW -> "he";
      case DEVANAGARI -> "hi";
      case BENGALI -> "bn";
      case TAMIL -> "ta";
      case GEORGIAN -> "ka";
      case ARMENIAN -> "hy";
      default -> null;
    };
  }

  private String byStopwords(String text, int limit) {
    int[] counts = new int[languages.length];
    int[] firstHitOrder = new int[languages.length];
    int hitLanguages = 0;
    int words = 0;
    char[] scratch = new char[profilesByWord.longest()];
    for (int i = 0, end; i < limit; i = end) {
      int cp = codePointAt(text, i);
      if (!isWordCharacter(cp)) {
        end = i + Character.charCount(cp);
        continue;
      }
      end = wordEnd(text, i, limit);
      words++;
      // Lower-casing never shortens a word, so one longer than every stopword is none of them.
      int[] profiles = profilesByWord.lookup(text, i, end, scratch);
      if (profiles != null) {
        for (int p : profiles) {
          if (counts[p]++ == 0) {
            firstHitOrder[hitLanguages++] = p;
          }
        }
      }
    }
    // The same map, filled in the same order, as one merge per hit would give: ties between
    // languages resolve as they always did.
    Map<String, Integer> hits = new HashMap<>();
    for (int k = 0; k < hitLanguages; k++) {
      hits.put(languages[firstHitOrder[k]], counts[firstHitOrder[k]]);
    }
    final int total = words;
    return hits.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .filter(best -> best.getValue() >= MIN_HITS && best.getValue() >= MIN_COVERAGE * total)
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static int wordEnd(String text, int start, int limit) {
    int i = start;
    while (i < limit) {
      int cp = codePointAt(text, i);
      if (!isWordCharacter(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** {@link String#codePointAt}, without its call for the characters that are no surrogate. */
  private static int codePointAt(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
  }

  /** A letter, a combining mark or an apostrophe: what a word is made of. */
  private static boolean isWordCharacter(int cp) {
    if (cp < 0x80) {
      return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp == '\'';
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static Map<Character.UnicodeScript, Integer> scriptCounts(String text, int limit) {
    Character.UnicodeScript[] scripts = SCRIPTS;
    int[] counts = new int[scripts.length];
    int latin = Character.UnicodeScript.LATIN.ordinal();
    for (int i = 0; i < limit; ) {
      int cp = codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        // Most of a page is ASCII: no script lookup for it.
        counts[latin] += (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? 1 : 0;
      } else if (Character.isLetter(cp)) {
        counts[Character.UnicodeScript.of(cp).ordinal()]++;
      }
    }
    Map<Character.UnicodeScript, Integer> byScript = new EnumMap<>(Character.UnicodeScript.class);
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] > 0) {
        byScript.put(scripts[k], counts[k]);
      }
    }
    return byScript;
  }
}
