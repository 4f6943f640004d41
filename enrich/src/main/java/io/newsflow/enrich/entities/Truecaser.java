package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lower-cases the common words of title-case headlines ("Xi and Putin Unite Against Bullying Amid
 * Trade Tensions") before tagging. The training data writes headlines in capitals, which the tagger
 * knows to discount, but scraped pages use title case, where every capital looks like a name. A
 * word is common if the same text uses it in lower case, or the training text often did and this
 * text never capitalises it mid-sentence. Only the strings given to the tagger change; token
 * offsets stay. Immutable; thread-safe.
 */
final class Truecaser {
  /** Share of longer words that must be capitalised for a sentence to be a title-case headline. */
  private static final double TITLE_SHARE = 0.8;

  private static final int MIN_TITLE_WORDS = 3;

  /** Short words ("and", "of") are often left lower case in titles, so they are not counted. */
  private static final int MIN_COUNTED_LENGTH = 4;

  private static final int MIN_LEXICON_COUNT = 3;

  private final Lexicon lexicon;

  Truecaser(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<List<String>> apply(List<List<String>> document) {
    boolean[] titles = new boolean[document.size()];
    boolean any = false;
    for (int s = 0; s < document.size(); s++) {
      titles[s] = isTitleCase(document.get(s));
      any |= titles[s];
    }
    if (!any) {
      return document;
    }
    Set<String> lowerInText = new HashSet<>();
    Set<String> capitalisedInText = new HashSet<>();
    collectUsage(document, titles, lowerInText, capitalisedInText);
    List<List<String>> result = new ArrayList<>(document.size());
    for (int s = 0; s < document.size(); s++) {
      result.add(
          titles[s]
              ? lowerCommonWords(document.get(s), lowerInText, capitalisedInText)
              : document.get(s));
    }
    return result;
  }

  static boolean isTitleCase(List<String> sentence) {
    int counted = 0;
    int capitalised = 0;
    for (String word : sentence) {
      if (word.length() >= MIN_COUNTED_LENGTH && Character.isLetter(word.charAt(0))) {
        counted++;
        boolean capital = Character.isUpperCase(word.charAt(0)) && !WordShape.isAllCaps(word);
        capitalised += capital ? 1 : 0;
      }
    }
    return counted >= MIN_TITLE_WORDS && capitalised >= TITLE_SHARE * counted;
  }

  /** Words written in lower case, and capitalised past the first word, in ordinary sentences. */
  private static void collectUsage(
      List<List<String>> document,
      boolean[] titles,
      Set<String> lowerInText,
      Set<String> capitalisedInText) {
    for (int s = 0; s < document.size(); s++) {
      if (titles[s]) {
        continue;
      }
      List<String> sentence = document.get(s);
      for (int i = 0; i < sentence.size(); i++) {
        String word = sentence.get(i);
        if (Character.isLowerCase(word.charAt(0))) {
          lowerInText.add(word);
        } else if (i > 0 && Character.isUpperCase(word.charAt(0))) {
          capitalisedInText.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
  }

  private List<String> lowerCommonWords(
      List<String> sentence, Set<String> lowerInText, Set<String> capitalisedInText) {
    List<String> out = new ArrayList<>(sentence.size());
    for (String word : sentence) {
      out.add(
          isCommonWord(word, lowerInText, capitalisedInText)
              ? word.toLowerCase(Locale.ROOT)
              : word);
    }
    return out;
  }

  private boolean isCommonWord(
      String word, Set<String> lowerInText, Set<String> capitalisedInText) {
    if (!Character.isUpperCase(word.charAt(0)) || WordShape.isAllCaps(word)) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lowerInText.contains(lower)) {
      return true;
    }
    return !capitalisedInText.contains(lower) && lexicon.lowercaseCount(lower) >= MIN_LEXICON_COUNT;
  }
}
