package io.newsflow.enrich.text;

import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.TextPageWords;
import io.newsflow.enrich.rules.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text page into blocks, one per line, and undoes what scrapers do to lines: whitespace of
 * every kind normalised, a line broken mid-sentence joined to the next ("Xi Jinping told Russia’s"
 * / "Vladimir Putin on Thursday ..."), and a source note glued to the end of a line ("date
 * 2025-05-09 [Source: Reuters]") made a block of its own. Linear in the text.
 */
final class TextSplitter {
  private static final Pattern TRAILING_NOTE =
      Pattern.compile("^(.*?\\S)\\s*(\\[[^\\[\\]]{3,80}\\]|\\([^()]{3,80}\\))$");

  /**
   * Sentence-final punctuation of the scripts written with it: Latin, CJK (fullwidth too), Arabic
   * and Urdu, Devanagari's danda, Burmese, Ethiopic.
   */
  private static final String SENTENCE_ENDS = ".!?…。！？:;．｡؟۔।॥။።";

  /** Longer bracketed text at a line's end is no note. */
  private static final int NOTE_MAX_CHARS = 80;

  private final TextPageWords words;
  private final Thresholds.TextPages limits;
  private final Set<String> continuationWords;
  private final HardWraps hardWraps;

  TextSplitter(BoilerplateRules rules) {
    this.words = rules.textPages();
    this.limits = rules.thresholds().textPages();
    this.hardWraps = new HardWraps(limits);
    this.continuationWords = Set.copyOf(words.continuationWords());
  }

  /**
   * The blocks of the page, at most {@code maxBlocks}; the rest of an absurdly long page is cut.
   */
  List<TextBlock> split(String text) {
    List<TextBlock> lines = new ArrayList<>();
    boolean blankBefore = true;
    int max = limits.maxBlocks();
    int start = 0;
    int n = text.length();
    while (start <= n && lines.size() < max) {
      int end = nextBreak(text, start);
      String line = normalise(text, start, end);
      if (line.isEmpty()) {
        blankBefore = true;
      } else {
        addLine(lines, line, blankBefore);
        blankBefore = false;
      }
      if (end >= n) {
        break;
      }
      start =
          end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
    }
    return join(lines);
  }

  private static int nextBreak(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f') {
        return i;
      }
    }
    return text.length();
  }

  /**
   * Collapses all whitespace (no-break and other Unicode spaces too) and drops control characters.
   */
  static String normalise(String text, int from, int to) {
    StringBuilder out = new StringBuilder(Math.min(to - from, 1 << 16));
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
        space = true;
      } else if (!Character.isISOControl(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  private void addLine(List<TextBlock> lines, String text, boolean blankBefore) {
    String line = oneCopy(text);
    if (line.length() <= limits.noteLineMaxChars()) {
      Matcher m = TRAILING_NOTE.matcher(line);
      if (m.matches() && isSourceNote(m.group(2))) {
        lines.add(new TextBlock(m.group(1), blankBefore));
        lines.add(new TextBlock(m.group(2), false));
        return;
      }
    }
    lines.add(new TextBlock(line, blankBefore));
  }

  /**
   * How long each copy of a line printed twice in itself must be: a caption's length, not a
   * headline's (a menu of headlines printed twice over stays one menu).
   */
  private static final int DOUBLED_MIN_CHARS = 120;

  /**
   * One copy of a line the page prints twice in itself, glued or after a space (a caption or a
   * promotion rendered for two layouts: "… Photo: Jane Roe/APRep. Jane Roe walks … Photo: Jane
   * Roe/AP"), else the line.
   */
  static String oneCopy(String line) {
    int n = line.length();
    for (int sep = 0; sep <= 1; sep++) {
      if ((n - sep) % 2 != 0) {
        continue;
      }
      int half = (n - sep) / 2;
      if (line.regionMatches(0, line, half + sep, half)
          && (sep == 0 || line.charAt(half) == ' ')
          && half >= DOUBLED_MIN_CHARS) {
        return line.substring(0, half);
      }
    }
    return line;
  }

  private boolean isSourceNote(String bracketed) {
    String inner = LineStarts.lower(bracketed.substring(1, bracketed.length() - 1)).strip();
    return LineStarts.first(inner, words.sourcePrefixes()) != null
        || LineStarts.first(inner, words.sourceSentences()) != null;
  }

  /** Joins lines of one paragraph that a scraper broke apart or a writer hard-wrapped. */
  private List<TextBlock> join(List<TextBlock> lines) {
    boolean[] wrapped = hardWraps.continuations(lines, j -> midSentence(lines, j));
    List<TextBlock> out = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      TextBlock current = lines.get(i);
      StringBuilder text = new StringBuilder(current.text());
      int j = i + 1;
      while (j < lines.size()
          && (wrapped[j] || !lines.get(j).paragraphStart() && joins(text, lines, j))) {
        appendLine(text, lines.get(j).text());
        j++;
      }
      out.add(j == i + 1 ? current : new TextBlock(text.toString(), current.paragraphStart()));
      i = j;
    }
    return out;
  }

  /**
   * Appends a line to the one it goes on: after a space, but not after an opening quote or bracket
   * nor between two characters of a script written without spaces (Han, kana).
   */
  private static void appendLine(StringBuilder text, String next) {
    char last = text.charAt(text.length() - 1);
    boolean noSpace =
        HardWraps.writtenWithoutSpaces(last) && HardWraps.writtenWithoutSpaces(next.charAt(0));
    if ("‘“„«([".indexOf(last) < 0 && !noSpace) {
      text.append(' ');
    }
    text.append(next);
  }

  /** The break before line {@code next} is plainly inside a sentence, by the words around it. */
  private boolean midSentence(List<TextBlock> lines, int next) {
    String line = lines.get(next - 1).text();
    return !endsSentence(line) && (continues(line) || startsLowercase(lines.get(next).text()));
  }

  private boolean joins(CharSequence current, List<TextBlock> lines, int next) {
    if (opensCredit(current)) {
      return true;
    }
    if (endsSentence(current)) {
      return false;
    }
    String following = lines.get(next).text();
    if (continues(current) || startsLowercase(following)) {
      return true;
    }
    // "Chinese President" / "Xi Jinping told Russia’s" / ...: a short fragment before a broken line
    boolean followingBroken =
        next + 1 < lines.size()
            && !lines.get(next + 1).paragraphStart()
            && !endsSentence(following)
            && continues(following);
    return followingBroken && Words.count(current) <= limits.fragmentMaxWords();
  }

  /** A paragraph's signature after its last sentence: "… side. —Martin Cizmar". */
  private static final Pattern SIGNATURE =
      Pattern.compile("[.!?…][\"”’»]? ?[—–] ?\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,2}$");

  /** The longest signature read, with its dash and the sentence end before it. */
  private static final int SIGNATURE_MAX_CHARS = 40;

  /**
   * Whether the line ends with sentence punctuation, before closing quotes, footnote marks and a
   * signature ("… on the conservative side. —Martin Cizmar").
   */
  static boolean endsSentence(CharSequence s) {
    int tail = Math.max(0, s.length() - SIGNATURE_MAX_CHARS);
    Matcher signed = SIGNATURE.matcher(s.subSequence(tail, s.length()));
    if (signed.find()) {
      return true;
    }
    int i = s.length() - 1;
    while (i >= 0) {
      if ("\"”’'»)」』）".indexOf(s.charAt(i)) >= 0) {
        i--;
      } else if (s.charAt(i) == ']') {
        i = footnoteStart(s, i); // "... over and over.[12]"
      } else {
        break;
      }
    }
    return i >= 0 && SENTENCE_ENDS.indexOf(s.charAt(i)) >= 0;
  }

  /**
   * The bracketed note after the line's last sentence ("… mit. (Text: Jane Roe)", "…上。（编译/林靖东）"),
   * or null when the line ends otherwise.
   */
  static String noteAfterSentence(String s) {
    int note = noteStart(s);
    return note > 0 && endsSentence(s.substring(0, note).stripTrailing())
        ? s.substring(note + 1, s.length() - 1)
        : null;
  }

  /** Where a bracketed note closing the line opens ("(dpa)", "（编译/林靖东）"), or -1. */
  private static int noteStart(CharSequence s) {
    int n = s.length();
    char close = n == 0 ? ' ' : s.charAt(n - 1);
    char open = close == ')' ? '(' : close == '）' ? '（' : 0;
    for (int i = n - 2; open != 0 && i >= 0 && n - i <= NOTE_MAX_CHARS; i--) {
      char c = s.charAt(i);
      if (c == open) {
        return i;
      }
      if (c == close) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The index before a short bracketed mark ending at {@code close} ("[12]", "[a]"), or before the
   * bracket alone when it closes something longer.
   */
  private static int footnoteStart(CharSequence s, int close) {
    int open = close - 1;
    while (open >= 0 && close - open <= 5 && Character.isLetterOrDigit(s.charAt(open))) {
      open--;
    }
    boolean mark = open >= 0 && s.charAt(open) == '[' && close - open > 1;
    return mark ? open - 1 : close - 1;
  }

  /** The line cannot end here: a comma, an opening quote, a possessive, a function word. */
  private boolean continues(CharSequence s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    char last = s.charAt(n - 1);
    if (last == ',' || "‘“„«([".indexOf(last) >= 0) {
      return true;
    }
    int w = n;
    while (w > 0 && !Character.isWhitespace(s.charAt(w - 1))) {
      w--;
    }
    String word = s.subSequence(w, n).toString();
    if (word.endsWith("’s") || word.endsWith("'s")) {
      return true;
    }
    return !word.isEmpty()
        && Character.isLowerCase(word.charAt(0))
        && continuationWords.contains(word);
  }

  /**
   * A bracket opened within {@code unclosedBracketMaxChars} of the line's end and not closed: "… an
   * air-purifying plant (Image:" goes on with its credit on the next line ("Getty Images)"), though
   * its colon looks like a sentence's end.
   */
  private boolean opensCredit(CharSequence s) {
    int n = s.length();
    for (int i = n - 1; i >= 0 && i >= n - limits.unclosedBracketMaxChars(); i--) {
      char c = s.charAt(i);
      if (c == ')' || c == ']') {
        return false;
      }
      if (c == '(' || c == '[') {
        return true;
      }
    }
    return false;
  }

  /**
   * A lower-case first letter of a script with case (Latin, Greek, Cyrillic, Armenian): the line
   * goes on a sentence. Scripts whose letters Unicode calls lower-case without capitals to set them
   * apart (Georgian's Mkhedruli) say nothing.
   */
  static boolean startsLowercase(String s) {
    if (s.isEmpty() || !Character.isLowerCase(s.codePointAt(0))) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(s.codePointAt(0));
    return script == Character.UnicodeScript.LATIN
        || script == Character.UnicodeScript.GREEK
        || script == Character.UnicodeScript.CYRILLIC
        || script == Character.UnicodeScript.ARMENIAN;
  }
}
