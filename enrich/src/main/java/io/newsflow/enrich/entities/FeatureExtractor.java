package io.newsflow.enrich.entities;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a token in context into hashed features: the word and its lower-case form, shape, prefixes
 * and suffixes, the words and shapes two either side, sentence position, headline case, the two
 * previous predicted tags, gazetteer matches, how often the word occurs in lower case, and what the
 * same word was tagged earlier in the document; in the second pass also the first pass's tags
 * around the token and for the same word anywhere in the document. The POS and chunk columns of the
 * training data are never used: new text has none.
 *
 * <p>Tagging speed comes from hashing each feature string once: per word type ({@link
 * WordFeatures}, cached across documents), per token ({@link SentenceView}, shared by both passes),
 * and only the features of earlier decisions per decoding step, from tables ({@link FeatureHash}).
 * Thread-safe (the cache is concurrent).
 */
public final class FeatureExtractor {
  /**
   * Word types kept at most (about 20 MB): news vocabulary repeats, so a few tens of thousands
   * cover nearly every token, while hostile text cannot grow the cache unbounded.
   */
  private static final int MAX_CACHED_WORDS = 50_000;

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final FeatureOptions options;
  private final CharacterNames characterNames;

  /**
   * Two generations: a word is looked up in the recent one, then the older one, and kept in the
   * recent one; when that is full it becomes the older one. Words in use stay (an LRU's effect),
   * where emptying one full map would recompute every word of the next pages.
   */
  private volatile ConcurrentHashMap<String, WordFeatures> recent = new ConcurrentHashMap<>();

  private volatile ConcurrentHashMap<String, WordFeatures> older = new ConcurrentHashMap<>();

  public FeatureExtractor(Gazetteer gazetteer, Lexicon lexicon) {
    this(gazetteer, lexicon, FeatureOptions.DEFAULT);
  }

  public FeatureExtractor(Gazetteer gazetteer, Lexicon lexicon, FeatureOptions options) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.options = options;
    this.characterNames = options.characterWords() ? new CharacterNames(gazetteer) : null;
  }

  SentenceView view(List<String> tokens) {
    WordFeatures[] types = new WordFeatures[tokens.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = word(tokens.get(i));
    }
    SentenceView view = new SentenceView(types, gazetteer, options.context());
    view.aggregate = options.aggregate();
    view.contextMates = options.contextMates();
    view.stemMemory = options.stemMemory();
    view.topics = options.topics();
    if (characterNames != null) {
      view.characterFeatures =
          CharacterFeatures.of(view, characterNames, lexicon, options.clusters());
    }
    return view;
  }

  private WordFeatures word(String token) {
    ConcurrentHashMap<String, WordFeatures> now = recent;
    WordFeatures cached = now.get(token);
    if (cached != null) {
      return cached;
    }
    WordFeatures word = older.get(token);
    if (word == null) {
      word = WordFeatures.of(token, gazetteer, lexicon, options);
    }
    if (now.size() >= MAX_CACHED_WORDS / 2) {
      now = nextGeneration(now);
    }
    now.put(token, word);
    return word;
  }

  private synchronized ConcurrentHashMap<String, WordFeatures> nextGeneration(
      ConcurrentHashMap<String, WordFeatures> full) {
    if (recent == full) {
      older = full;
      recent = new ConcurrentHashMap<>();
    }
    return recent;
  }

  /**
   * Fills {@code out} with the features of token i given the two previous predicted tags. The order
   * of the features is fixed: the scores sum their weights in this order.
   */
  void extract(
      SentenceView s, int i, int prev, int prev2, DocumentMemory memory, FeatureVector out) {
    out.clear();
    if (s.characterFeatures != null) {
      extractCharacter(s, i, prev, prev2, memory, out);
      return;
    }
    s.ensureFeatures(i);
    int[] own = s.tokenFeatures[i];
    out.addHashes(own, 0, own.length);
    s.markGroups(i, out);
    addHistory(s, i, prev, prev2, out);
    out.addHashes(s.gazetteerFeatures, s.gazetteerStart[i], s.gazetteerStart[i + 1]);
    // Known name parts after the previous tag: a first name right after an ORG starts a person.
    addMarks(FeatureHash.PREV_TAG_NAME_PART[prev], s.namePartMarks[i], out);
    addDocument(s, i, memory, out);
  }

  /**
   * A character tagger's features: the sentence's character features, the previous tags (also with
   * the character), and in the second pass the first pass's tags around it.
   */
  private static void extractCharacter(
      SentenceView s, int i, int prev, int prev2, DocumentMemory memory, FeatureVector out) {
    int[] own = s.characterFeatures[i];
    out.addHashes(own, 0, own.length);
    out.addHash(FeatureHash.PREV_TAG[prev]);
    out.addHash(FeatureHash.PREV_TAGS[prev][prev2]);
    out.addHash(s.types[i].afterTag[WordFeatures.PREV_TAG_LOWER + prev]);
    out.addHash(s.at(i + 1).afterTag[WordFeatures.PREV_TAG_NEXT_LOWER + prev]);
    if (memory.hasFirstPass()) {
      addFirstPassTags(i, memory, out);
      out.addHash(FeatureHash.FIRST_PASS_NEXT2[memory.firstPassTag(i + 2)]);
    }
  }

  private static void addHistory(SentenceView s, int i, int prev, int prev2, FeatureVector out) {
    out.addHash(FeatureHash.PREV_TAG[prev]);
    out.addHash(FeatureHash.PREV_TAGS[prev][prev2]);
    int[] here = s.types[i].afterTag;
    out.addHash(here[WordFeatures.PREV_TAG_LOWER + prev]);
    out.addHash(here[WordFeatures.PREV_TAG_SHAPE + prev]);
    out.addHash(s.at(i + 1).afterTag[WordFeatures.PREV_TAG_NEXT_LOWER + prev]);
    out.addHash(s.at(i - 1).afterTag[WordFeatures.PREV_TAG_PREV_LOWER + prev]);
  }

  private static void addMarks(int[] table, int marks, FeatureVector out) {
    for (int rest = marks; rest != 0; rest &= rest - 1) {
      out.addHash(table[Integer.numberOfTrailingZeros(rest)]);
    }
  }

  /** Document-level evidence: earlier tags of the word, first-pass tags, lower-case use. */
  private static void addDocument(SentenceView s, int i, DocumentMemory memory, FeatureVector out) {
    if (memory.hasFirstPass()) {
      addFirstPassTags(i, memory, out);
    }
    if (!s.capitalised[i]) {
      return;
    }
    if (memory.seenLowercase(i)) {
      out.addHash(FeatureHash.DOC_LOWERCASE);
    }
    addCounts(
        FeatureHash.HISTORY,
        FeatureHash.HISTORY_MAJORITY,
        FeatureHash.HISTORY_NONE,
        memory.countsSoFar(i),
        out);
    if (memory.hasFirstPass()) {
      addCounts(
          FeatureHash.DOC_TYPES,
          FeatureHash.DOC_MAJORITY,
          FeatureHash.DOC_TYPES_NONE,
          memory.firstPassCountsElsewhere(i),
          out);
      addMarks(FeatureHash.DOC_NAME_END, memory.firstPassNameEnds(i), out);
      memory.addContextMates(i, out);
    }
    if (s.aggregate) {
      memory.addAggregated(i, out);
    }
    memory.addTopics(s.types[i].nameTypes, out);
  }

  /** The first pass's tags around the token: the second pass sees to its right, too. */
  private static void addFirstPassTags(int i, DocumentMemory memory, FeatureVector out) {
    int here = memory.firstPassTag(i);
    int next = memory.firstPassTag(i + 1);
    out.addHash(FeatureHash.FIRST_PASS_TAG[here]);
    out.addHash(FeatureHash.FIRST_PASS_NEXT[next]);
    out.addHash(FeatureHash.FIRST_PASS_PREV[memory.firstPassTag(i - 1)]);
    out.addHash(FeatureHash.FIRST_PASS_HERE_NEXT[here][next]);
  }

  /** Each type the word was given, and the most frequent one. */
  private static void addCounts(
      int[] any, int[] majority, int none, int[] counts, FeatureVector out) {
    if (counts == null) {
      out.addHash(none);
      return;
    }
    int best = 0;
    for (int type = 0; type < counts.length; type++) {
      if (counts[type] > 0) {
        out.addHash(any[type]);
      }
      if (counts[type] > counts[best]) {
        best = type;
      }
    }
    out.addHash(majority[best]);
  }
}
