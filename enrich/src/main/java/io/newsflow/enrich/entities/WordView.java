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

  /** The class of the HanLP word the token is in, and of the words before and after ("-": none). */
  private final String[] wordClass;

  private final String[] classBefore;
  private final String[] classAfter;

  private boolean classes;

  private WordView(int n) {
    word = new String[n];
    position = new String[n];
    nature = new String[n];
    name = new String[n];
    before = new String[n];
    after = new String[n];
    dictBegin = new String[n];
    dictEnd = new String[n];
    wordClass = new String[n];
    classBefore = new String[n];
    classAfter = new String[n];
    java.util.Arrays.fill(wordClass, NONE);
    java.util.Arrays.fill(classBefore, NONE);
    java.util.Arrays.fill(classAfter, NONE);
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
    return of(s, WordClusters.NONE);
  }

  /**
   * With word classes learnt from a large corpus ({@code clusters}; none: no class features): a
   * word's class carries what the training file never showed, such as that an unseen word is used
   * like a city or a surname-led name.
   */
  static WordView of(SentenceView s, WordClusters clusters) {
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
    view.classes = !clusters.isEmpty();
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
      if (view.classes) {
        view.wordClass[i] = classOf(clusters, text, words, w);
        view.classBefore[i] = w > 0 ? classOf(clusters, text, words, w - 1) : "<s>";
        view.classAfter[i] = w + 1 < words.size() ? classOf(clusters, text, words, w + 1) : "</s>";
      }
    }
    view.addDictionary(text.toString(), start);
    return view;
  }

  /** The word's class (middle granularity), or "-" for a word the corpus did not have. */
  private static String classOf(
      WordClusters clusters, CharSequence text, List<ChineseWords.Word> words, int w) {
    ChineseWords.Word word = words.get(w);
    int id =
        WordClusters.at(clusters.packed(text.subSequence(word.start(), word.end()).toString()), 1);
    return id == 0 ? NONE : Integer.toString(id - 1);
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
    if (classes) {
      out.add(hash("class", position[i], wordClass[i]));
      out.add(hash("class-before", classBefore[i], wordClass[i]));
      out.add(hash("class-after", wordClass[i], classAfter[i]));
    }
  }

  /** What token i is in HanLP's eyes, for tests: "position nature name dictBegin dictEnd". */
  String describe(int i) {
    return String.join(" ", position[i], nature[i], name[i], dictBegin[i], dictEnd[i]);
  }

  /** The classes token i sees, for tests: "own before after". */
  String describeClasses(int i) {
    return String.join(" ", wordClass[i], classBefore[i], classAfter[i]);
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
