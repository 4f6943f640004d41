package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups tokens into sentences. A sentence ends at a blank line (paragraph break), after ". ! ?"
 * (plus any closing quotes or brackets) when the next token could start a sentence, and after a
 * dateline such as "MOSCOW (Reuters) -", and at a line break unless the next line starts in lower
 * case: scraped text puts headlines, captions and credits on lines of their own without a full
 * stop, and a title-case headline run into the next sentence reads as one long name; a line wrapped
 * mid-sentence costs little when split. Abbreviations ("U.S.", "Gov.") never end a sentence;
 * overlong runs are cut so hostile input cannot make one huge sentence. Immutable and thread-safe.
 */
public final class SentenceSplitter {
  /** Sentences longer than this are cut; CoNLL sentences are far shorter. */
  public static final int MAX_SENTENCE_TOKENS = 200;

  private static final Set<String> TERMINALS = Set.of(".", "!", "?", "...", "\u2026");
  private static final Set<String> CLOSERS =
      Set.of("\"", "'", "\u201d", "\u2019", ")", "]", "}", "\u00bb");
  private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");

  /** A dateline is a place and an agency in brackets, within the first few tokens. */
  private static final int MAX_DATELINE_TOKENS = 10;

  public List<List<Token>> split(String text, List<Token> tokens) {
    List<List<Token>> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (!current.isEmpty() && lineBreakBefore(text, tokens, i)) {
        sentences.add(current);
        current = new ArrayList<>();
      }
      current.add(token);
      if (endsSentence(tokens, i)
          || endsDateline(text, tokens, current, i)
          || current.size() >= MAX_SENTENCE_TOKENS) {
        sentences.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }

  /** True if token i ends a sentence: a terminal mark, or a closer right after one. */
  private static boolean endsSentence(List<Token> tokens, int i) {
    int j = i;
    while (j >= 0 && isCloser(tokens.get(j).text())) {
      j--;
    }
    if (j < 0 || !isTerminal(tokens.get(j).text())) {
      return false;
    }
    if (i + 1 >= tokens.size()) {
      return true;
    }
    String next = tokens.get(i + 1).text();
    if (isCloser(next) && !isOpeningQuote(next)) {
      return false; // more closers follow; end after the last one
    }
    char first = next.charAt(0);
    return Character.isUpperCase(first)
        || Character.isDigit(first)
        || isOpeningQuote(next)
        || first == '('
        || first == '[';
  }

  // Most tokens are words: the first character rules them out before any set lookup.

  private static boolean isCloser(String token) {
    return token.length() == 1 && CLOSERS.contains(token);
  }

  private static boolean isTerminal(String token) {
    char first = token.charAt(0);
    return (first == '.' || first == '!' || first == '?' || first == '\u2026')
        && TERMINALS.contains(token);
  }

  private static boolean isOpeningQuote(String token) {
    return token.equals("\u201c")
        || token.equals("\u2018")
        || token.equals("\"")
        || token.equals("\u00ab");
  }

  /** "MOSCOW (Reuters) -" or "WASHINGTON, May 9 (Reuters) —" at the start of a paragraph. */
  private static boolean endsDateline(String text, List<Token> tokens, List<Token> current, int i) {
    int n = current.size();
    if (n < 4 || n > MAX_DATELINE_TOKENS || !DASHES.contains(tokens.get(i).text())) {
      return false;
    }
    boolean bracketed =
        current.get(n - 2).text().equals(")") && current.get(n - 4).text().equals("(");
    boolean atParagraphStart = i - n + 1 == 0 || paragraphBreakBefore(text, tokens, i - n + 1);
    return bracketed && atParagraphStart;
  }

  /** A line break separates tokens i-1 and i and the next line does not continue in lower case. */
  private static boolean lineBreakBefore(String text, List<Token> tokens, int i) {
    if (i == 0 || Character.isLowerCase(tokens.get(i).text().charAt(0))) {
      return paragraphBreakBefore(text, tokens, i);
    }
    return text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).indexOf('\n') >= 0;
  }

  /** A blank line (two line breaks with only spaces between) separates tokens i-1 and i. */
  private static boolean paragraphBreakBefore(String text, List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    int newlines = 0;
    for (int p = tokens.get(i - 1).end(); p < tokens.get(i).start(); p++) {
      if (text.charAt(p) == '\n') {
        newlines++;
      }
    }
    return newlines >= 2;
  }
}
