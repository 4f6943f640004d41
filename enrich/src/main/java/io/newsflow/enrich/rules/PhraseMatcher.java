package io.newsflow.enrich.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Matches short text blocks against boilerplate phrases ("Share this", "Ähnliche Artikel", "相关文章").
 * A block matches when it is a phrase (ignoring case, edge punctuation and counts like "Comments
 * (12)"), or when it is short and starts with a multi-word or non-Latin phrase. Consent banners
 * match anywhere in the block: they are long sentences about cookies.
 */
final class PhraseMatcher {
  private static final String CONTAINED_REASON = "cookie";

  private final int maxChars;

  /** Room for counts and punctuation around an exact phrase: "Comments (1,234)". */
  private final int exactSlack;

  private final Map<String, String> exact = new HashMap<>();

  /** Multi-word phrases keyed by their first word (Latin) or first character (other scripts). */
  private final Map<String, List<String[]>> byLead = new HashMap<>();

  private final List<String[]> contained = new ArrayList<>();

  /** Words one of which must occur before the contained phrases are tried (lower, Title, UPPER). */
  private final Set<String> gates = new LinkedHashSet<>();

  /**
   * Wu-Manber tables over the gates' first {@link #minGate} characters, by hashed pair. Small on
   * purpose (4 K entries, a few collisions more): a 64 K table is scattered over so many cache
   * lines that reading it evicted the parser's own data between pages.
   */
  private final byte[] shifts = new byte[1 << 12];

  private final String[][] endingAt = new String[1 << 12][];
  private final int minGate;
  private final boolean shortGate;
  private final String[] gateArray;
  private int longestExact;

  PhraseMatcher(Map<String, List<String>> phrasesByReason, int maxChars, int exactSlack) {
    this.maxChars = maxChars;
    this.exactSlack = exactSlack;
    phrasesByReason.forEach((reason, phrases) -> phrases.forEach(p -> index(reason, p)));
    gateArray = gates.toArray(new String[0]);
    int shortest = Integer.MAX_VALUE;
    for (String g : gateArray) {
      shortest = Math.min(shortest, g.length());
    }
    minGate = Math.min(shortest, 100);
    shortGate = minGate < 2; // (no gates at all: nothing is ever scanned)
    if (!shortGate) {
      java.util.Arrays.fill(shifts, (byte) (minGate - 1));
      Map<Integer, List<String>> ending = new HashMap<>();
      for (String g : gateArray) {
        for (int j = 1; j < minGate; j++) {
          int h = pair(g.charAt(j - 1), g.charAt(j));
          shifts[h] = (byte) Math.min(shifts[h], minGate - 1 - j);
        }
        ending
            .computeIfAbsent(
                pair(g.charAt(minGate - 2), g.charAt(minGate - 1)), k -> new ArrayList<>())
            .add(g);
      }
      ending.forEach((h, list) -> endingAt[h] = list.toArray(new String[0]));
    }
  }

  private void index(String reason, String phrase) {
    String key = key(phrase);
    if (key.isEmpty()) {
      return;
    }
    exact.putIfAbsent(key, reason);
    longestExact = Math.max(longestExact, key.length());
    String lower = phrase.toLowerCase(Locale.ROOT);
    if (CONTAINED_REASON.equals(reason)) {
      contained.add(new String[] {lower, reason});
      String gate = longestWord(lower);
      gates.add(gate);
      gates.add(Character.toUpperCase(gate.charAt(0)) + gate.substring(1));
      gates.add(gate.toUpperCase(Locale.ROOT));

    } else if (key.indexOf(' ') > 0 || runsWordsTogether(key)) {
      // One word ("share", "댓글", "реклама") only matches a whole block, as it may start a
      // sentence; longer phrases, and any in Chinese or Japanese, may lead one.
      byLead
          .computeIfAbsent(leadKey(lower), k -> new ArrayList<>())
          .add(new String[] {lower, reason});
    }
  }

  /** Texts longer than this never match: {@link #reason} reads no further. */
  int longestMatched() {
    return maxChars * 4;
  }

  /** The reason of the phrase the block is or starts with, or null. */
  String reason(String text) {
    if (text.isEmpty() || text.length() > longestMatched()) {
      return null;
    }
    if (text.length() > maxChars) {
      return contained(text); // long blocks: only consent banners, no copy made for the rest
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() <= longestExact + exactSlack) {
      String byExact = exact.get(key(lower));
      if (byExact != null) {
        return byExact;
      }
    }
    String lead = lower.substring(leadingMarks(lower)); // "（责任编辑：…）", "» Read more"
    List<String[]> candidates = byLead.get(leadKey(lead));
    if (candidates != null) {
      for (String[] phrase : candidates) {
        int limit = isLatin(phrase[0]) ? maxChars : Math.max(30, phrase[0].length() * 4);
        if (lead.length() <= limit && startsWithWord(lead, phrase[0])) {
          return phrase[1];
        }
      }
    }
    return contained(text);
  }

  private String contained(String text) {
    if (!mentionsGate(text)) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String[] phrase : contained) {
      if (lower.contains(phrase[0])) {
        return phrase[1];
      }
    }
    return null;
  }

  /**
   * Whether the text contains a gate, by a Wu-Manber scan: the character pair at the end of a
   * window of the shortest gate's length says how far the window can jump, so most of a long
   * paragraph is never looked at (every article paragraph of up to 480 characters comes here).
   */
  boolean mentionsGate(String text) {
    if (shortGate) {
      for (String gate : gateArray) {
        if (text.contains(gate)) {
          return true;
        }
      }
      return false;
    }
    int m = minGate;
    int i = m - 1;
    while (i < text.length()) {
      int h = pair(text.charAt(i - 1), text.charAt(i));
      int shift = shifts[h];
      if (shift > 0) {
        i += shift;
        continue;
      }
      for (String gate : endingAt[h]) {
        if (text.startsWith(gate, i - m + 1)) {
          return true;
        }
      }
      i++;
    }
    return false;
  }

  private static int pair(char a, char b) {
    return ((a << 7) ^ b) & 0xFFF;
  }

  /** The longest word of a phrase: it must occur for the phrase to occur. */
  private static String longestWord(String phrase) {
    String best = "";
    for (String w : phrase.split(" ")) {
      if (w.length() > best.length()) {
        best = w;
      }
    }
    return best;
  }

  /**
   * How many bullets, arrows, brackets and spaces open the text ("» Read more", "（责任编辑"); not
   * digits ("24 hours") nor quotation marks: a quoted phrase is the start of a sentence.
   */
  private static int leadingMarks(String text) {
    int i = 0;
    while (i < text.length()
        && !Character.isLetterOrDigit(text.charAt(i))
        && !isQuote(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isQuote(char c) {
    int type = Character.getType(c);
    return type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || c == '"'
        || c == '\''
        || c == '「'
        || c == '『'
        || c == '〝'
        || c == '＂';
  }

  /** First word of Latin text, first character otherwise: the bucket a phrase can start in. */
  private static String leadKey(String lower) {
    if (lower.isEmpty()) {
      return "";
    }
    char c = lower.charAt(0);
    if (!Character.isLetter(c) || c > 0x24F) {
      return String.valueOf(c);
    }
    int end = 1;
    while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
      end++;
    }
    return lower.substring(0, end);
  }

  private static boolean startsWithWord(String text, String phrase) {
    if (!text.startsWith(phrase)) {
      return false;
    }
    if (text.length() == phrase.length() || runsWordsTogether(phrase)) {
      return true;
    }
    return !Character.isLetterOrDigit(text.charAt(phrase.length()));
  }

  /**
   * Chinese, Japanese and Thai put no space between words, so there a phrase may lead straight into
   * the next word ("分享到微博"); elsewhere it must end at a word's end ("شارك" is not "شاركت").
   */
  private static boolean runsWordsTogether(String phrase) {
    for (int i = phrase.length() - 1;
        i >= 0;
        i--) { // by its last letter with a script of its own ("ー" has none)
      Character.UnicodeScript script = Character.UnicodeScript.of(phrase.charAt(i));
      if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
        return script == Character.UnicodeScript.HAN
            || script == Character.UnicodeScript.HIRAGANA
            || script == Character.UnicodeScript.KATAKANA
            || script == Character.UnicodeScript.THAI;
      }
    }
    return false;
  }

  /** Lower-case text without leading/trailing punctuation, symbols, digits and spaces. */
  static String key(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && !Character.isLetter(text.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetter(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  private static boolean isLatin(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && c > 0x24F) {
        return false;
      }
    }
    return true;
  }
}
