package io.newsflow.enrich.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What is known about the capitalised words of one document, so that the same name is tagged alike
 * throughout ("Putin" after "Vladimir Putin"): the types given to each word so far in this pass,
 * the types a first pass gave it anywhere in the document (news often names a thing short in the
 * headline and in full later), and which words also occur in lower case (then capitals are likely
 * positional). One per document and pass; not thread-safe.
 */
final class DocumentMemory {
  private final Map<String, int[]> typesSoFar = new HashMap<>();
  private final Set<String> lowercaseWords = new HashSet<>();
  private final Map<String, int[]> firstPassTypes;
  private final List<int[]> firstPassTags;

  /** First and last words of first-pass names of two or more words, as Gazetteer marks. */
  private final Map<String, Integer> firstPassNameEnds = new HashMap<>();

  private int sentence;

  /** Memory of a first pass: no knowledge of other passes. */
  DocumentMemory(List<List<String>> document) {
    this(document, null);
  }

  /** Memory of a second pass over the same document, seeing the first pass's tags. */
  DocumentMemory(List<List<String>> document, List<int[]> firstPassTags) {
    this.firstPassTags = firstPassTags;
    this.firstPassTypes = firstPassTags == null ? null : new HashMap<>();
    for (int s = 0; s < document.size(); s++) {
      List<String> tokens = document.get(s);
      for (int i = 0; i < tokens.size(); i++) {
        String token = SentenceView.normalise(tokens.get(i));
        String lower = token.toLowerCase(Locale.ROOT);
        if (Character.isLowerCase(token.charAt(0))) {
          lowercaseWords.add(lower);
        } else if (firstPassTags != null && WordShape.isCapitalized(token)) {
          count(firstPassTypes, lower, TagSet.type(firstPassTags.get(s)[i]));
        }
      }
      if (firstPassTags != null) {
        recordNameEnds(tokens, firstPassTags.get(s));
      }
    }
  }

  /** "Xi Jinping" tagged PER makes "xi" a first word and "jinping" a last word of a PER name. */
  private void recordNameEnds(List<String> tokens, int[] tags) {
    for (int start = 0; start < tags.length; start++) {
      if (tags[start] == TagSet.O || TagSet.isInside(tags[start])) {
        continue;
      }
      int end = start + 1;
      while (end < tags.length && TagSet.isInside(tags[end])) {
        end++;
      }
      if (end - start >= 2) {
        int type = TagSet.type(tags[start]);
        firstPassNameEnds.merge(
            key(tokens.get(start)), 1 << (Gazetteer.BEGIN * 5 + type), (a, b) -> a | b);
        firstPassNameEnds.merge(
            key(tokens.get(end - 1)), 1 << (Gazetteer.LAST * 5 + type), (a, b) -> a | b);
      }
    }
  }

  private static String key(String token) {
    return SentenceView.normalise(token).toLowerCase(Locale.ROOT);
  }

  /** The first-pass tag of token i of the current sentence, O outside the sentence. */
  int firstPassTag(int i) {
    int[] tags = firstPassTags.get(sentence);
    return i < 0 || i >= tags.length ? TagSet.O : tags[i];
  }

  /** Whether the word begins or ends a longer first-pass name anywhere, as Gazetteer marks. */
  int firstPassNameEnds(String lower) {
    return firstPassNameEnds.getOrDefault(lower, 0);
  }

  private static void count(Map<String, int[]> counts, String lower, int type) {
    counts.computeIfAbsent(lower, k -> new int[TagSet.TYPES.size() + 1])[type]++;
  }

  void startSentence(int index) {
    sentence = index;
  }

  /** Records that the word was tagged with the type (0 = none) in this pass. */
  void record(String lower, boolean capitalised, int type) {
    if (capitalised) {
      count(typesSoFar, lower, type);
    }
  }

  /** Counts per type (index 0 = not an entity) so far in this pass, or null if unseen. */
  int[] countsSoFar(String lower) {
    return typesSoFar.get(lower);
  }

  boolean seenLowercase(String lower) {
    return lowercaseWords.contains(lower);
  }

  boolean hasFirstPass() {
    return firstPassTags != null;
  }

  /**
   * First-pass type counts of the word over the whole document without the occurrence at token i of
   * the current sentence, or null if it occurs nowhere else capitalised.
   */
  int[] firstPassCountsElsewhere(String lower, int i) {
    int[] all = firstPassTypes.get(lower);
    if (all == null) {
      return null;
    }
    int[] others = all.clone();
    others[TagSet.type(firstPassTags.get(sentence)[i])]--;
    for (int c : others) {
      if (c > 0) {
        return others;
      }
    }
    return null;
  }
}
