package io.newsflow.enrich.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Begins a person's name at the sentence's first word where the tagger began it at the second: a
 * capitalised word the training text never wrote in lower case, and no title ("Ja" of "Ja Ian
 * Chong, associate professor, said": the tagger knows "Ian" as a first name, not "Ja", and a
 * sentence's first capital says nothing). A word the language writes in lower case ("Yesterday",
 * "Minister") or a title ("Mr") stays out. Mid-sentence a capitalised word the tagger left out
 * before a name is a day, a title or a heading's word ("Last Friday Mitchell"), so only the first
 * word counts. Only for languages that capitalise names alone: German capitalises every noun
 * ("Bundeskanzler Olaf Scholz").
 */
final class NameStarts {
  private static final int B_PER = TagSet.begin(1);
  private static final Set<String> ABBREVIATIONS = Tokenizer.shippedAbbreviations();

  private NameStarts() {}

  static void extend(List<List<String>> document, List<int[]> tags, Lexicon lexicon) {
    for (int s = 0; s < document.size(); s++) {
      int[] t = tags.get(s);
      if (t.length > 1
          && t[0] == TagSet.O
          && t[1] == B_PER
          && isUnknownCapitalised(document.get(s).get(0), lexicon)) {
        t[0] = B_PER;
        t[1] = B_PER + 1;
      }
    }
  }

  private static boolean isUnknownCapitalised(String word, Lexicon lexicon) {
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return lexicon.lowercaseCount(lower) == 0 && !ABBREVIATIONS.contains(lower);
  }
}
