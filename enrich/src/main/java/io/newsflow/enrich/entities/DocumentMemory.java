package io.newsflow.enrich.entities;

import java.util.List;
import java.util.Map;

/**
 * What is known about the capitalised words of one document, so that the same name is tagged alike
 * throughout ("Putin" after "Vladimir Putin"): the types given to each word so far in this pass,
 * the types a first pass gave it anywhere in the document (news often names a thing short in the
 * headline and in full later), and which words also occur in lower case (then capitals are likely
 * positional). Words are the tokens' lower-case forms, numbered per document so that lookups while
 * decoding are array reads. One per document and pass; not thread-safe.
 */
final class DocumentMemory {
  private static final int TYPES = TagSet.TYPES.size() + 1;

  /** The document's number of each token's lower-case form, by sentence. */
  private final int[][] ids;

  private final boolean[] lowercase;

  /** Per word, TYPES counts of the types given to its capitalised occurrences in this pass. */
  private final int[] typesSoFar;

  /** Per word, TYPES counts of the first pass's types of its capitalised occurrences; or null. */
  private final int[] firstPassTypes;

  private final List<int[]> firstPassTags;

  /** First and last words of first-pass names of two or more words, as Gazetteer marks. */
  private final int[] firstPassNameEnds;

  /**
   * Per token of each sentence, the last earlier token of that sentence with the same word, or -1.
   */
  private final int[][] sameBefore;

  private final List<SentenceView> document;

  /** Other occurrences of a word that lend their neighbours to context aggregation, at most. */
  static final int MAX_AGGREGATED = 8;

  /** Context aggregation ({@link FeatureOptions#aggregate}); null fields without it. */
  private final Aggregation aggregation;

  /** The second pass's {@link ContextMates} ({@link FeatureOptions#contextMates}); or null. */
  private final ContextMates contextMates;

  /** Topic words a story has at most ({@link #topics}). */
  static final int MAX_TOPICS = 6;

  /** Lower-case words shorter than this are not topic words ("entre" is the shortest kept). */
  static final int MIN_TOPIC_LENGTH = 5;

  /**
   * The TOPIC_WORD hash heads of the document's topic words ({@link FeatureOptions#topics}), each
   * to be finished with a token's known name types; empty without the option.
   */
  private final int[] topics;

  /** {@link Gazetteer#nameTypes} bit sets as hash parts: "0" for a word no name is known as. */
  private static final String[] NAME_TYPE_SETS = nameTypeSets();

  private final int[] counts = new int[TYPES];
  private int sentence;

  /**
   * A beam item's tags of the current sentence, counted in {@link #countsSoFar} as if recorded:
   * items share the memory of earlier sentences but each has its own history in this one.
   */
  private int[] pending;

  /** Memory of a first pass: no knowledge of other passes. */
  DocumentMemory(List<SentenceView> document) {
    this(document, Words.of(document), null);
  }

  /** Memory of a second pass over the same document, seeing the first pass's tags. */
  DocumentMemory(List<SentenceView> document, List<int[]> firstPassTags) {
    this(document, Words.of(document), firstPassTags);
  }

  /** The memory of a second pass after this one: the same word numbers, counted once. */
  DocumentMemory secondPass(List<SentenceView> document, List<int[]> firstPassTags) {
    return new DocumentMemory(
        document, new Words(ids, sameBefore, lowercase.length), firstPassTags);
  }

  /** The document's words numbered, and each token's last earlier token of the same word. */
  private record Words(int[][] ids, int[][] sameBefore, int count) {
    static Words of(List<SentenceView> document) {
      int tokens = 0;
      for (SentenceView sentence : document) {
        tokens += sentence.lower.length;
      }
      WordNumbers numbers = new WordNumbers(tokens);
      int[][] ids = new int[document.size()][];
      for (int s = 0; s < document.size(); s++) {
        String[] lower = keys(document.get(s));
        int[] sentenceIds = new int[lower.length];
        for (int i = 0; i < lower.length; i++) {
          sentenceIds[i] = numbers.number(lower[i]);
        }
        ids[s] = sentenceIds;
      }
      int[] lastAt = new int[numbers.count()];
      java.util.Arrays.fill(lastAt, -1);
      int[][] sameBefore = new int[document.size()][];
      for (int s = 0; s < ids.length; s++) {
        int[] before = new int[ids[s].length];
        for (int i = 0; i < before.length; i++) {
          before[i] = lastAt[ids[s][i]];
          lastAt[ids[s][i]] = i;
        }
        for (int id : ids[s]) {
          lastAt[id] = -1; // within a sentence only
        }
        sameBefore[s] = before;
      }
      return new Words(ids, sameBefore, numbers.count());
    }

    /** The words the memory tells apart: lower-case forms, or their stems. */
    private static String[] keys(SentenceView sentence) {
      if (!sentence.stemMemory) {
        return sentence.lower;
      }
      String[] stems = new String[sentence.types.length];
      for (int i = 0; i < stems.length; i++) {
        stems[i] = sentence.types[i].stem;
      }
      return stems;
    }
  }

  private DocumentMemory(List<SentenceView> document, Words words, List<int[]> firstPassTags) {
    this.firstPassTags = firstPassTags;
    this.document = document;
    this.ids = words.ids();
    this.sameBefore = words.sameBefore();
    int count = words.count();
    lowercase = new boolean[count];
    typesSoFar = new int[count * TYPES];
    firstPassTypes = firstPassTags == null ? null : new int[count * TYPES];
    firstPassNameEnds = new int[count];
    aggregation =
        !document.isEmpty() && document.get(0).aggregate
            ? Aggregation.of(document, ids, count)
            : null;
    contextMates =
        firstPassTags != null && !document.isEmpty() && document.get(0).contextMates
            ? new ContextMates(document, ids, firstPassTags)
            : null;
    topics = !document.isEmpty() && document.get(0).topics ? topicsOf(document) : new int[0];
    for (int s = 0; s < document.size(); s++) {
      WordFeatures[] types = document.get(s).types;
      for (int i = 0; i < types.length; i++) {
        if (types[i].lowercaseStart) {
          lowercase[ids[s][i]] = true;
        } else if (firstPassTags != null && types[i].capitalised) {
          firstPassTypes[ids[s][i] * TYPES + TagSet.type(firstPassTags.get(s)[i])]++;
        }
      }
      if (firstPassTags != null) {
        recordNameEnds(ids[s], firstPassTags.get(s));
      }
    }
  }

  /** "Xi Jinping" tagged PER makes "xi" a first word and "jinping" a last word of a PER name. */
  private void recordNameEnds(int[] sentenceIds, int[] tags) {
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
        firstPassNameEnds[sentenceIds[start]] |= 1 << (Gazetteer.BEGIN * 5 + type);
        firstPassNameEnds[sentenceIds[end - 1]] |= 1 << (Gazetteer.LAST * 5 + type);
      }
    }
  }

  /** The first-pass tag of token i of the current sentence, O outside the sentence. */
  int firstPassTag(int i) {
    int[] tags = firstPassTags.get(sentence);
    return i < 0 || i >= tags.length ? TagSet.O : tags[i];
  }

  /** Whether token i's word begins or ends a longer first-pass name anywhere, as marks. */
  int firstPassNameEnds(int i) {
    return firstPassNameEnds[ids[sentence][i]];
  }

  void startSentence(int index) {
    sentence = index;
    pending = null;
  }

  /**
   * Tags of the current sentence's earlier tokens that {@link #countsSoFar} counts on top of what
   * was recorded (a beam item's own history); null for none. Not copied.
   */
  void usePending(int[] tags) {
    pending = tags;
  }

  /** Whether token i's word occurs earlier in the current sentence. */
  boolean repeatedInSentence(int i) {
    return sameBefore[sentence][i] >= 0;
  }

  /** Records a whole sentence's tags at once (the beam's choice, once the sentence is decoded). */
  void recordSentence(int[] tags) {
    pending = null;
    boolean[] capitalised = document.get(sentence).capitalised;
    for (int i = 0; i < tags.length; i++) {
      record(i, capitalised[i], TagSet.type(tags[i]));
    }
  }

  /** Records that token i of the current sentence was tagged with the type (0 = none). */
  void record(int i, boolean capitalised, int type) {
    if (capitalised) {
      typesSoFar[ids[sentence][i] * TYPES + type]++;
    }
  }

  /**
   * Counts per type (index 0 = not an entity) of token i's word so far in this pass, or null if
   * unseen. The array is reused by the next call.
   */
  int[] countsSoFar(int i) {
    int base = ids[sentence][i] * TYPES;
    int total = 0;
    for (int t = 0; t < TYPES; t++) {
      counts[t] = typesSoFar[base + t];
      total += counts[t];
    }
    if (pending != null) {
      // The same word earlier in this sentence, by this item's tags (capitalised like token i).
      boolean[] capitalised = document.get(sentence).capitalised;
      for (int j = sameBefore[sentence][i]; j >= 0; j = sameBefore[sentence][j]) {
        if (capitalised[j]) {
          counts[TagSet.type(pending[j])]++;
          total++;
        }
      }
    }
    return total == 0 ? null : counts;
  }

  /** Whether token i's word occurs in lower case in the document. */
  boolean seenLowercase(int i) {
    return lowercase[ids[sentence][i]];
  }

  boolean hasFirstPass() {
    return firstPassTags != null;
  }

  /**
   * First-pass type counts of token i's word over the whole document without this occurrence, or
   * null if it occurs nowhere else capitalised. The array is reused by the next call.
   */
  int[] firstPassCountsElsewhere(int i) {
    int base = ids[sentence][i] * TYPES;
    int total = 0;
    for (int t = 0; t < TYPES; t++) {
      counts[t] = firstPassTypes[base + t];
      total += counts[t];
    }
    if (total == 0) {
      return null;
    }
    counts[TagSet.type(firstPassTags.get(sentence)[i])]--;
    for (int c : counts) {
      if (c > 0) {
        return counts;
      }
    }
    return null;
  }

  /**
   * The story's topic words: its lower-case words of {@link #MIN_TOPIC_LENGTH} letters or more that
   * occur at least twice, the {@link #MAX_TOPICS} most repeated (earlier first on a tie), as hash
   * heads. In a match report they are "partido", "minuto", "selección", and a country's name there
   * is a team (ORG); the words of a story carry where an unseen name's own features cannot.
   */
  int[] topics() {
    return topics;
  }

  /**
   * Each topic word with the types the capitalised token's word is known as (none: "0"), so "a
   * known place in a story about a partido" can weigh apart from an unseen word in the same story.
   */
  void addTopics(int nameTypes, FeatureVector out) {
    String known = NAME_TYPE_SETS[nameTypes & (NAME_TYPE_SETS.length - 1)];
    for (int head : topics) {
      out.addHash(FeatureHash.finish(FeatureHash.mix(head, known)));
    }
  }

  private static String[] nameTypeSets() {
    String[] sets = new String[1 << TYPES];
    for (int bits = 0; bits < sets.length; bits++) {
      sets[bits] = Integer.toString(bits);
    }
    return sets;
  }

  private static int[] topicsOf(List<SentenceView> document) {
    Map<String, Integer> repeats = new java.util.LinkedHashMap<>();
    for (SentenceView sentence : document) {
      for (WordFeatures word : sentence.types) {
        if (word.plain && word.lower.length() >= MIN_TOPIC_LENGTH && isLetters(word.lower)) {
          repeats.merge(word.lower, 1, Integer::sum);
        }
      }
    }
    return repeats.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(MAX_TOPICS)
        .mapToInt(e -> FeatureHash.head(Template.TOPIC_WORD, e.getKey()))
        .toArray();
  }

  private static boolean isLetters(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      if (!Character.isLetter(lower.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The context-mate features of capitalised token i, if the model has them. */
  void addContextMates(int i, FeatureVector out) {
    if (contextMates != null) {
      contextMates.add(sentence, i, out);
    }
  }

  /**
   * Context aggregation (Ratinov and Roth 2009): the words before and after the other capitalised
   * occurrences of token i's word in the document, at most {@link #MAX_AGGREGATED} of them. An
   * unseen name met once after "o presidente" and once before "anunciou" is typed by both contexts
   * wherever it stands. Called for capitalised tokens only.
   */
  void addAggregated(int i, FeatureVector out) {
    Aggregation a = aggregation;
    int self = a.sentenceStart[sentence] + i;
    int n = 0;
    for (int t = a.first[ids[sentence][i]]; t >= 0 && n < MAX_AGGREGATED; t = a.next[t]) {
      if (t != self) {
        out.addHash(a.before[t]);
        out.addHash(a.after[t]);
        n++;
      }
    }
  }

  /**
   * Per capitalised token (numbered through the document), the hashed words either side; per word,
   * its first capitalised token, and per token the next of the same word (-1 ends), in document
   * order.
   */
  private record Aggregation(
      int[] sentenceStart, int[] first, int[] next, int[] before, int[] after) {
    static Aggregation of(List<SentenceView> document, int[][] ids, int words) {
      int[] sentenceStart = new int[document.size()];
      int tokens = 0;
      for (int s = 0; s < document.size(); s++) {
        sentenceStart[s] = tokens;
        tokens += ids[s].length;
      }
      int[] first = new int[words];
      java.util.Arrays.fill(first, -1);
      int[] next = new int[tokens];
      int[] before = new int[tokens];
      int[] after = new int[tokens];
      for (int s = document.size() - 1; s >= 0; s--) {
        SentenceView view = document.get(s);
        String[] lower = view.lower;
        for (int i = lower.length - 1; i >= 0; i--) {
          if (!view.capitalised[i]) {
            continue;
          }
          int t = sentenceStart[s] + i;
          before[t] = FeatureHash.of(Template.AGGREGATE_PREV, i > 0 ? lower[i - 1] : "<s>");
          after[t] =
              FeatureHash.of(Template.AGGREGATE_NEXT, i + 1 < lower.length ? lower[i + 1] : "</s>");
          next[t] = first[ids[s][i]];
          first[ids[s][i]] = t;
        }
      }
      return new Aggregation(sentenceStart, first, next, before, after);
    }
  }
}
