package io.newsflow.enrich.text;

import io.newsflow.enrich.rules.Thresholds;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An author's box after the story: the author's name on a line of its own, their role on the next
 * ("Editor At Large", "Redakteurin", "Politikwissenschaftler") and a bio that names them again off
 * the story's subject ("A 38-year industry veteran, Jane has covered technology since…"), or one
 * the site rule found in the site's words ("Seit 2019 bei der taz."), perhaps over more bio
 * paragraphs that name them. The role line is what tells the box from a story's own portrait of a
 * person, whose name heads a paragraph about them without one, and a sentence of the story naming
 * the person makes them its subject. Only past the story's first {@code sectionCutMinWords} words
 * of body: a byline with its role over the first paragraph is the story's start. The story ends at
 * its author's box (its topics, feedback links and other stories' teasers follow) unless a full
 * paragraph on its subject comes after it. Immutable and thread-safe.
 */
final class AuthorBoxes {
  /** At most this many words in a role line. */
  private static final int ROLE_MAX_WORDS = 4;

  /** Short lines (a box's toggle) allowed between the role line and the bio. */
  private static final int BIO_MAX_GAP = 1;

  /** A name's word shorter than this ("Li") is not looked for in the bio. */
  private static final int NAME_WORD_MIN_CHARS = 3;

  private final Thresholds.TextPages limits;

  AuthorBoxes(Thresholds.TextPages limits) {
    this.limits = limits;
  }

  /** Marks the region's author boxes after the story's start as chrome. */
  void mark(List<Line> lines, int[] region) {
    int bodyWords = 0;
    for (int n = region[0]; n < region[1]; n++) {
      Line name = lines.get(n);
      if (bodyWords >= limits.sectionCutMinWords() && Words.isName(name.text)) {
        int end = markBox(lines, region, n);
        if (end > n) {
          n = end - 1;
          continue;
        }
      }
      if (name.kind == BlockKind.BODY && name.sentence) {
        bodyWords += name.words;
      }
    }
  }

  /** Marks the box whose name line is at {@code at}; returns the line after it, or {@code at}. */
  private int markBox(List<Line> lines, int[] region, int at) {
    int role = at + 1;
    if (role >= region[1] || !isRole(lines.get(role))) {
      return at;
    }
    Set<String> name = nameWords(lines.get(at).text);
    int bio = role + 1;
    while (bio < region[1] && bio <= role + 1 + BIO_MAX_GAP && !isBio(lines, region, bio, name)) {
      if (lines.get(bio).words >= limits.paragraphMinWords()) {
        return at; // a paragraph that is no bio: no box
      }
      bio++;
    }
    if (bio >= region[1] || bio > role + 1 + BIO_MAX_GAP) {
      return at;
    }
    int end = bio;
    while (end < region[1] && isBio(lines, region, end, name)) {
      end++;
    }
    boolean resumes = storyResumes(lines, region, at, end);
    if (namedElsewhere(lines, region[0], resumes ? region[1] : at, at, end, name)) {
      return at; // a person the story is about
    }
    // the story does not go on after its author's box: what follows is the page's
    int to = resumes ? end : region[1];
    for (int k = at; k < to; k++) {
      if (lines.get(k).kind == BlockKind.BODY) {
        lines.get(k).mark(BlockKind.BOILERPLATE, "author");
      }
    }
    return to;
  }

  /**
   * Whether a full paragraph on the story's subject follows the box: a paragraph of {@code
   * sectionBodyMinWords} that shares {@code storyWordsMinShare} of its words with the story above.
   */
  private boolean storyResumes(List<Line> lines, int[] region, int box, int end) {
    for (int k = end; k < region[1]; k++) {
      Line l = lines.get(k);
      if (l.kind == BlockKind.BODY
          && l.sentence
          && l.words >= limits.sectionBodyMinWords()
          && ArticleRegion.sharesWords(lines, region[0], box, l, limits.storyWordsMinShare())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence of the body from {@code first} to {@code last}, outside the box, names the
   * person too (a byline's "Kommentar von Jane Roe" is none).
   */
  private static boolean namedElsewhere(
      List<Line> lines, int first, int last, int from, int to, Set<String> name) {
    for (int k = first; k < last; k++) {
      Line l = lines.get(k);
      if ((k < from || k >= to)
          && l.kind == BlockKind.BODY
          && l.sentence
          && namesAuthor(l.text, name)) {
        return true;
      }
    }
    return false;
  }

  /** A line of the box's bio: body of notice size that names the author, off the story. */
  private boolean isBio(List<Line> lines, int[] region, int at, Set<String> name) {
    Line l = lines.get(at);
    if (l.kind == BlockKind.BOILERPLATE && "site".equals(l.reason)) {
      return true; // a bio in the site's words ("Seit 2019 bei der taz.")
    }
    return l.kind == BlockKind.BODY
        && l.words >= limits.paragraphMinWords()
        && l.text.length() <= limits.longNoticeMaxChars()
        && namesAuthor(l.text, name)
        // off the story's subject, the lines naming the author left out (a bio of two paragraphs
        // shares its own words)
        && SelfReferences.storyShare(lines, region, at, other -> namesAuthor(other.text, name))
            < limits.siteLineMaxStoryShare();
  }

  /** A role under a name: a few words without a sentence's end, opening in a capital. */
  private static boolean isRole(Line l) {
    String t = l.text.strip();
    return (l.kind == BlockKind.BODY || l.kind == BlockKind.BOILERPLATE)
        && l.words >= 1
        && l.words <= ROLE_MAX_WORDS
        && t.indexOf(':') < 0
        && !l.sentence
        && !t.isEmpty()
        && Character.isUpperCase(t.charAt(0))
        && t.chars().noneMatch(Character::isDigit);
  }

  private static Set<String> nameWords(String text) {
    Set<String> words = new HashSet<>();
    for (String w : text.strip().split("[\\s.-]+")) {
      if (w.length() >= NAME_WORD_MIN_CHARS) {
        words.add(w);
      }
    }
    return words;
  }

  /** Whether the text holds a word of the name as a word of its own, as capitalised. */
  private static boolean namesAuthor(String text, Set<String> name) {
    for (String w : text.split("[^\\p{L}\\p{M}]+")) {
      if (name.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
