package io.newsflow.enrich.entities;

import java.util.List;

/**
 * A character-tokenised sentence seen through HanLP's words ({@link ChineseWords}): per token, the
 * word it falls in, its position there and the word's part of speech, and whether HanLP's
 * recognisers took the word for a person, place or organisation, and the longest dictionary names
 * beginning and ending at it. These are the character tagger's features for the words and names its
 * small training set never had.
 */
final class WordView {
  private static final String NONE = "-";

  private final String[] word;
  private final String[] position;
  private final String[] nature;
  private final String[] name;
  private final String[] before;
  private final String[] after;
  private final String[] dictBegin;
  private final String[] dictEnd;

  private WordView(int n) {
    word = new String[n];
    position = new String[n];
    nature = new String[n];
    name = new String[n];
    before = new String[n];
    after = new String[n];
    dictBegin = new String[n];
    dictEnd = new String[n];
  }

  /**
   * The longest words of HanLP's dictionaries (2 to 8 chars) that can be a name, beginning and
   * ending at each token, whatever the segmenter chose: a name it cut wrongly in context ("的法国") is
   * still found.
   */
  private void addDictionary(String text, int[] start) {
    int n = dictBegin.length;
    java.util.Arrays.fill(dictBegin, NONE);
    java.util.Arrays.fill(dictEnd, NONE);
    for (int i = 0; i < n; i++) {
      for (int j = i + 2; j <= Math.min(n, i + 8); j++) {
        String type = ChineseWords.dictionaryNameType(text.substring(start[i], start[j]));
        if (type != null) {
          dictBegin[i] = type + (j - i);
          dictEnd[j - 1] = type + (j - i);
        }
      }
    }
  }

  static WordView of(SentenceView s) {
    int n = s.size();
    StringBuilder text = new StringBuilder();
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i] = text.length();
      text.append(s.types[i].word);
    }
    start[n] = text.length();
    List<ChineseWords.Word> words = ChineseWords.of(text.toString());
    WordView view = new WordView(n);
    if (words.isEmpty()) {
      java.util.Arrays.fill(view.word, NONE);
      java.util.Arrays.fill(view.position, NONE);
      java.util.Arrays.fill(view.nature, NONE);
      java.util.Arrays.fill(view.name, NONE);
      java.util.Arrays.fill(view.before, NONE);
      java.util.Arrays.fill(view.after, NONE);
      return view;
    }
    int w = 0;
    for (int i = 0; i < n; i++) {
      while (w + 1 < words.size() && words.get(w).end() <= start[i]) {
        w++;
      }
      ChineseWords.Word here = words.get(w);
      boolean first = here.start() >= start[i];
      boolean last = here.end() <= start[i + 1];
      view.position[i] = first ? (last ? "S" : "B") : (last ? "E" : "M");
      view.nature[i] = here.nature();
      String type = here.nameType();
      view.name[i] = type == null ? NONE : type;
      int length = here.end() - here.start();
      view.word[i] = length <= MAX_WORD ? text.substring(here.start(), here.end()) : "long";
      view.before[i] = w > 0 ? words.get(w - 1).nature() : "<s>";
      view.after[i] = w + 1 < words.size() ? words.get(w + 1).nature() : "</s>";
    }
    view.addDictionary(text.toString(), start);
    return view;
  }

  /** Words longer than this are named by their length class only: they are rare. */
  private static final int MAX_WORD = 6;

  void addFeatures(int i, List<Integer> out) {
    out.add(hash("nature", position[i], nature[i]));
    out.add(hash("name", position[i], name[i]));
    out.add(hash("word", position[i], word[i]));
    out.add(hash("around", before[i], nature[i], after[i]));
    out.add(hash("name-next", name[i], at(name, i + 1), at(position, i + 1)));
    out.add(hash("name-prev", at(name, i - 1), at(position, i - 1), name[i]));
    out.add(hash("dict-begin", dictBegin[i]));
    out.add(hash("dict-end", dictEnd[i]));
    out.add(hash("dict-inside", at(dictBegin, i - 1), dictEnd[i]));
  }

  /** What token i is in HanLP's eyes, for tests: "position nature name dictBegin dictEnd". */
  String describe(int i) {
    return String.join(" ", position[i], nature[i], name[i], dictBegin[i], dictEnd[i]);
  }

  private static String at(String[] values, int i) {
    return i < 0 || i >= values.length ? NONE : values[i];
  }

  /**
   * Keyed by name under the BIAS template (ordinal 0, which never moves), so templates added for
   * other languages cannot shift these hashes.
   */
  private static int hash(String key, String... parts) {
    int h = FeatureHash.mix(FeatureHash.start(Template.BIAS), "hanlp-" + key);
    for (String part : parts) {
      h = FeatureHash.mix(h, part);
    }
    return FeatureHash.finish(h);
  }
}
