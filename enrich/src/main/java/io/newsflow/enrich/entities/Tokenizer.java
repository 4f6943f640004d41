package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into tokens the way the CoNLL-2003 data was tokenised, because that is what the
 * tagger was trained on: acronyms with periods stay whole ("U.S.", "U.N."), known abbreviations
 * keep their period ("Jan.", "Gov."), hyphenated words and numbers stay whole ("Anglo-Dutch",
 * "1996-08-22", "1,000.5"), clitics split off ("Russia" "'s", "do" "n't"), and every quote or other
 * punctuation mark is its own token. Offsets always point back into the original text. Immutable
 * and thread-safe.
 */
public final class Tokenizer {
  private static final String ABBREVIATIONS = "abbreviations.txt";

  private final Set<String> abbreviations;

  public Tokenizer(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
  }

  /** The tokenizer with the abbreviation list shipped next to this class. */
  public static Tokenizer loadDefault() {
    return new Tokenizer(shippedAbbreviations());
  }

  /** The abbreviations shipped next to this class (titles, months...), lower case. */
  static Set<String> shippedAbbreviations() {
    Set<String> words = new HashSet<>();
    for (String line : WordListResource.lines(ABBREVIATIONS)) {
      words.add(line.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(words);
  }

  public List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int end = tokenEnd(text, i);
      tokens.add(new Token(text.substring(i, end), i, end));
      i = end;
    }
    return tokens;
  }

  /** End offset of the token that starts at {@code start}. */
  private int tokenEnd(String text, int start) {
    char c = text.charAt(start);
    if (isApostrophe(c)) {
      int clitic = cliticEnd(text, start);
      return clitic > start ? clitic : start + 1;
    }
    if (!Character.isLetterOrDigit(c)) {
      return punctuationEnd(text, start);
    }
    if ((c == 'n' || c == 'N')
        && start + 2 < text.length()
        && isApostrophe(text.charAt(start + 1))
        && (text.charAt(start + 2) == 't' || text.charAt(start + 2) == 'T')
        && !letterAt(text, start + 3)) {
      return start + 3; // "n't", split off the word before by wordEnd
    }
    int acronym = acronymEnd(text, start);
    if (acronym > start) {
      return acronym;
    }
    int end = wordEnd(text, start);
    return withAbbreviationPeriod(text, start, end);
  }

  /** Runs of the same mark stay together ("...", "--"); anything else is one char. */
  private static int punctuationEnd(String text, int start) {
    char c = text.charAt(start);
    int end = start + 1;
    if (c == '.' || c == '-') {
      while (end < text.length() && text.charAt(end) == c) {
        end++;
      }
    }
    return end;
  }

  /** "U.S.", "U.N.", "e.g.": single letters each followed by a period, at least two of them. */
  private static int acronymEnd(String text, int start) {
    int i = start;
    int letters = 0;
    while (i + 1 < text.length()
        && Character.isLetter(text.charAt(i))
        && text.charAt(i + 1) == '.'
        && (i == start || text.charAt(i - 1) == '.')) {
      i += 2;
      letters++;
    }
    boolean followedByLetter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    return letters >= 2 && !followedByLetter ? i : start;
  }

  /** Letters and digits, joined by inner hyphens, apostrophes, decimal points and thousands. */
  private static int wordEnd(String text, int start) {
    int i = start + 1;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        if (c == 'n'
            && i + 2 < n
            && isApostrophe(text.charAt(i + 1))
            && text.charAt(i + 2) == 't'
            && !letterAt(text, i + 3)
            && i > start) {
          return i; // "do|n't"
        }
        i++;
      } else if (isJoiner(c) && letterOrDigitAt(text, i + 1)) {
        if (isApostrophe(c) && cliticEnd(text, i) > i) {
          return i; // "Russia|'s"
        }
        i++;
      } else if ((c == '.' || c == ',' || c == ':')
          && isDigit(text, i - 1)
          && isDigit(text, i + 1)) {
        i++; // "1.5", "1,000", "10:30"
      } else {
        return i;
      }
    }
    return i;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '&' || isApostrophe(c);
  }

  /** "'s", "'re", "'ll", "'ve", "'m", "'d", "n't" at a word end; returns start if none. */
  private static int cliticEnd(String text, int start) {
    int i = start + 1;
    int letters = 0;
    while (letterAt(text, i + letters) && letters < 3) {
      letters++;
    }
    if (letterAt(text, i + letters) || letters == 0) {
      return start;
    }
    String clitic = text.substring(i, i + letters).toLowerCase(Locale.ROOT);
    boolean known =
        switch (clitic) {
          case "s", "re", "ll", "ve", "m", "d", "t" -> true;
          default -> false;
        };
    return known ? i + letters : start;
  }

  /** Keeps a following period for listed abbreviations and single-letter initials. */
  private int withAbbreviationPeriod(String text, int start, int end) {
    if (end >= text.length() || text.charAt(end) != '.') {
      return end;
    }
    String word = text.substring(start, end);
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    if (initial || abbreviations.contains(word.toLowerCase(Locale.ROOT))) {
      return end + 1;
    }
    return end;
  }

  /** True if the token is an abbreviation or acronym whose period does not end a sentence. */
  public boolean isAbbreviation(String token) {
    if (!token.endsWith(".") || token.length() < 2) {
      return false;
    }
    String word = token.substring(0, token.length() - 1);
    return word.indexOf('.') >= 0
        || abbreviations.contains(word.toLowerCase(Locale.ROOT))
        || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`';
  }

  private static boolean letterAt(String text, int i) {
    return i < text.length() && Character.isLetter(text.charAt(i));
  }

  private static boolean letterOrDigitAt(String text, int i) {
    return i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }

  private static boolean isDigit(String text, int i) {
    return i >= 0 && i < text.length() && Character.isDigit(text.charAt(i));
  }
}
