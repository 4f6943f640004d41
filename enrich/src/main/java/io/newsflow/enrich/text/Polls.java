package io.newsflow.enrich.text;

import io.newsflow.enrich.rules.Thresholds;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A reader poll printed between the story's paragraphs: a question ("Welches dieser Mittel ist dein
 * Favorit?") over {@code POLL_MIN_OPTIONS} or more short answers, one a line ("Eine wärmende
 * Suppe.", "Ich habe kein spezielles Mittel.") or glued into one line by the browser ("Ja,
 * unbedingt.Nein, das wäre Zensur.Ich bin mir nicht sicher."), with a paragraph or the region's end
 * after them. A question that introduces a list does so with a colon on its first item ("Exportiert
 * wurden vor allem:"), and the story's own questions are answered by a paragraph. Immutable and
 * thread-safe.
 */
final class Polls {
  /** At least this many answers make a poll. */
  private static final int POLL_MIN_OPTIONS = 3;

  /** At most this many answers: a longer run of short lines is a list. */
  private static final int POLL_MAX_OPTIONS = 8;

  /** At most this many words in an answer. */
  private static final int OPTION_MAX_WORDS = 8;

  /** At most this many words in the question. */
  private static final int QUESTION_MAX_WORDS = 25;

  /** Answers glued into one line: a sentence's end with the next answer's capital right after. */
  private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}[.!])(?=\\p{Lu})");

  /** A sentence's end inside the line: a poll asks one question, a teaser's summary says more. */
  private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\S");

  private final Thresholds.TextPages limits;

  Polls(Thresholds.TextPages limits) {
    this.limits = limits;
  }

  /** Marks the polls in the region. */
  void mark(List<Line> lines, int[] region) {
    for (int q = region[0]; q < region[1]; q++) {
      Line question = lines.get(q);
      if (question.kind != BlockKind.BODY || !isQuestion(question)) {
        continue;
      }
      int end = options(lines, region, q + 1);
      if (end > q) {
        for (int k = q; k < end; k++) {
          if (lines.get(k).kind == BlockKind.BODY) {
            lines.get(k).mark(BlockKind.BOILERPLATE, "poll");
          }
        }
        q = end - 1;
      }
    }
  }

  /** The line after the answers that start at {@code from}, or -1 when no poll's answers do. */
  private int options(List<Line> lines, int[] region, int from) {
    int k = from;
    int options = 0;
    while (k < region[1]
        && lines.get(k).kind == BlockKind.BODY
        && isOption(lines.get(k).text)
        && options <= POLL_MAX_OPTIONS) {
      options++;
      k++;
    }
    if (options == 0 && from < region[1] && lines.get(from).kind == BlockKind.BODY) {
      options = gluedOptions(lines.get(from).text);
      k = from + 1;
    }
    if (options < POLL_MIN_OPTIONS || options > POLL_MAX_OPTIONS) {
      return -1;
    }
    return k == region[1] || paragraph(lines.get(k)) ? k : -1;
  }

  private static boolean isQuestion(Line l) {
    String t = l.text.strip();
    char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    return (last == '?' || last == '？' || last == '؟')
        && l.words <= QUESTION_MAX_WORDS
        && !SENTENCE_INSIDE.matcher(t).find();
  }

  /** An answer: a few words, no question nor a list's head ending in a colon. */
  private static boolean isOption(String text) {
    String t = text.strip();
    int words = Words.count(t);
    return words >= 1
        && words <= OPTION_MAX_WORDS
        && !t.endsWith("?")
        && !t.endsWith(":")
        && gluedOptions(t) <= 1;
  }

  /** How many short answers the line glues together (1 for a line that is no such run). */
  private static int gluedOptions(String text) {
    String[] parts = GLUED.split(text.strip());
    if (parts.length < POLL_MIN_OPTIONS) {
      return 1;
    }
    for (String p : parts) {
      if (Words.count(p) > OPTION_MAX_WORDS) {
        return 1;
      }
    }
    return parts.length;
  }

  private boolean paragraph(Line l) {
    return l.kind == BlockKind.BODY && l.sentence && l.words >= limits.paragraphMinWords();
  }
}
