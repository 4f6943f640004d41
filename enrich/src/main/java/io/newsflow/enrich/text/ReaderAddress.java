package io.newsflow.enrich.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a line speaks to the reader ("Get in touch with our news team", "Hier können Sie sie
 * vorbestellen", "您可以…"): a second-person word of {@code textPages.readerWords}. A story speaks of
 * its subject; when it speaks to the reader it is in a quote, so a line with quotation marks is
 * none. Words in scripts with spaces match whole; a capitalised word matches only so and not at a
 * sentence's start (German "Sie" is "you" only inside a sentence). Immutable and thread-safe.
 */
final class ReaderAddress {
  private static final Pattern QUOTE_MARKS = Pattern.compile("[\"“”„«»「」『』]");

  private final Pattern lowerWords;
  private final Pattern capitalWords;

  ReaderAddress(List<String> readerWords) {
    this.lowerWords = alternation(readerWords.stream().filter(w -> !capitalised(w)).toList(), true);
    this.capitalWords =
        alternation(readerWords.stream().filter(ReaderAddress::capitalised).toList(), false);
  }

  boolean in(String text) {
    if (QUOTE_MARKS.matcher(text).find()) {
      return false;
    }
    if (lowerWords != null && lowerWords.matcher(text).find()) {
      return true;
    }
    if (capitalWords == null) {
      return false;
    }
    Matcher m = capitalWords.matcher(text);
    while (m.find()) {
      if (!sentenceStart(text, m.start())) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalised(String word) {
    return !word.equals(word.toLowerCase(Locale.ROOT));
  }

  private static boolean sentenceStart(String text, int at) {
    String before = text.substring(0, at).stripTrailing();
    return before.isEmpty() || ".!?:;".indexOf(before.charAt(before.length() - 1)) >= 0;
  }

  /** Whole words, or any occurrence for words of scripts without spaces (Han, kana, Hangul). */
  private static Pattern alternation(List<String> words, boolean ignoreCase) {
    if (words.isEmpty()) {
      return null;
    }
    StringBuilder re = new StringBuilder();
    for (String w : words) {
      re.append(re.isEmpty() ? "" : "|");
      boolean spaceless = w.chars().anyMatch(c -> Words.isIdeograph((char) c));
      re.append(spaceless ? Pattern.quote(w) : "(?<!\\p{L})" + Pattern.quote(w) + "(?!\\p{L})");
    }
    int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    return Pattern.compile(re.toString(), flags);
  }
}
