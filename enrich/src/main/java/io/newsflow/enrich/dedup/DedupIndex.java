package io.newsflow.enrich.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds an article's first seen copy and its story, and remembers it for the articles after it.
 * Runs on two sorted stores: {@code articles} (key: seq, value: {@link IndexedArticle}) and {@code
 * index} (keys only: band, exact-text, entity and id postings, each ending in the seq it points
 * to). Articles must be given in seq order: then "first seen" is the lowest seq, and the same input
 * gives the same decisions on every replay.
 *
 * <p>Candidates come from LSH: the first 96 MinHash values are cut into {@link #BANDS} bands of
 * {@link #ROWS}; two texts that agree on a whole band share a posting. A pair of Jaccard similarity
 * 0.33 (a trimmed, re-worded wire copy such as seed 002 against 003) shares a band with probability
 * 0.996, 0.25 with 0.955, 0.1 with 0.38 (only a cost: every candidate is confirmed on its
 * signature, with all 128 values).
 */
public final class DedupIndex {
  static final int ROWS = 2;
  static final int BANDS = 48;
  private static final byte EXACT = (byte) 0xF0;
  private static final byte ENTITY = (byte) 0xF1;
  private static final byte ID = (byte) 0xF2;

  /** Postings read per band at most. */
  static final int MAX_POSTINGS = 200;

  /**
   * Postings read per salient entity at most, the most recent: a hot entity (a country, a head of
   * state) has thousands a week, and the story it belongs to is among the latest.
   */
  static final int MAX_ENTITY_POSTINGS = 40;

  /** Below this estimated Jaccard similarity a containment estimate is noise. */
  static final double MIN_JACCARD_FOR_CONTAINMENT = 0.2;

  /** Text similarity that alone joins two articles of one time window into a story. */
  static final double STORY_TEXT = 0.25;

  /** Text similarity that, with one shared salient entity, joins a story. */
  static final double STORY_TEXT_WITH_ENTITY = 0.08;

  /**
   * Shared salient entities that, with publication times close, join a story, one of them a person
   * or organisation (three countries alone are no event).
   */
  static final int STORY_ENTITIES = 3;

  private final SortedStore articles;
  private final SortedStore index;
  private final DedupSettings settings;

  public DedupIndex(SortedStore articles, SortedStore index, DedupSettings settings) {
    this.articles = articles;
    this.index = index;
    this.settings = settings;
  }

  /** Decides on one article and adds it to the index. */
  public DedupDecision add(DedupInput in) {
    IndexedArticle seen = sameId(in.id());
    if (seen != null) { // delivered again (a refetch, a replayed page): the same answer
      return seen.decision();
    }
    Signature sig = in.signature();
    long[] entityKeys = entityKeys(in.entities());
    BandCandidates bands = new BandCandidates(sig);
    Match copy = sig.emptyText() ? null : firstCopy(sig, bands);
    IndexedArticle self;
    if (copy != null) {
      IndexedArticle original = copy.original;
      self =
          indexed(
              in,
              entityKeys,
              original.id(),
              original.seq(),
              copy.similarity,
              original.storyId(),
              List.of("copy"));
    } else {
      Story story = story(in, sig, entityKeys, bands);
      self =
          story == null
              ? indexed(in, entityKeys, null, -1, 0, in.id(), List.of())
              : indexed(in, entityKeys, null, -1, 0, story.storyId, story.signals);
    }
    store(self);
    return self.decision();
  }

  private record Match(IndexedArticle original, double similarity) {}

  private record Story(String storyId, List<String> signals) {}

  /** The first seen original of the most similar confirmed candidate, or null. */
  private Match firstCopy(Signature sig, BandCandidates bands) {
    List<byte[]> exact = index.lastKeys(posting(EXACT, sig.exact()), MAX_POSTINGS);
    if (!exact.isEmpty()) {
      IndexedArticle hit = load(seqOf(exact.get(exact.size() - 1))); // the lowest seq
      if (hit != null) {
        return new Match(originalOf(hit), 1.0);
      }
    }
    IndexedArticle best = null;
    double bestSimilarity = 0;
    for (long seq : bands.seqs()) {
      IndexedArticle c = load(seq);
      if (c == null) {
        continue;
      }
      double s = similarity(sig, c.signature());
      if (s >= settings.threshold()
          && (s > bestSimilarity || (s == bestSimilarity && c.seq() < best.seq()))) {
        best = c;
        bestSimilarity = s;
      }
    }
    if (best == null) {
      return null;
    }
    IndexedArticle original = originalOf(best);
    double toOriginal = original == best ? bestSimilarity : similarity(sig, original.signature());
    // Reported against the original, though the copy may be nearer another copy (a trim of a trim).
    return new Match(original, round(toOriginal));
  }

  private IndexedArticle originalOf(IndexedArticle c) {
    if (c.originalId() == null) {
      return c;
    }
    IndexedArticle original = load(c.originalSeq());
    // The original left the window before its copy: the copy stands for the group now.
    return original != null ? original : c;
  }

  /**
   * The story of the best related article within the story window: one that shares salient entities
   * ({@link #STORY_ENTITIES}, or one and some text), or enough text.
   */
  private Story story(DedupInput in, Signature sig, long[] entityKeys, BandCandidates bands) {
    Set<Long> candidates = new TreeSet<>(bands.seqs());
    for (long e : entityKeys) {
      for (byte[] k : index.lastKeys(posting(ENTITY, e), MAX_ENTITY_POSTINGS)) {
        candidates.add(seqOf(k));
      }
    }
    long window = settings.storyWindow().toMillis();
    Story best = null;
    double bestScore = 0;
    for (long seq : candidates) {
      IndexedArticle c = load(seq);
      if (c == null || Math.abs(c.storyTime() - in.storyTime()) > window) {
        continue;
      }
      int shared = shared(entityKeys, c.entityKeys());
      double text = c.shingles() == 0 ? 0 : similarity(sig, c.signature());
      boolean byEntities = shared >= STORY_ENTITIES && sharesActor(entityKeys, c.entityKeys());
      boolean byText = text >= STORY_TEXT || (shared >= 1 && text >= STORY_TEXT_WITH_ENTITY);
      if (!byEntities && !byText) {
        continue;
      }
      double score = shared + 10 * text;
      if (score > bestScore) {
        List<String> signals = new ArrayList<>();
        if (shared > 0) {
          signals.add("entities");
        }
        signals.add("time");
        if (byText) {
          signals.add("text");
        }
        best = new Story(c.storyId(), signals);
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The seqs sharing a band with one signature, read when first asked for: an original asks twice
   * (copies, then its story), 48 range reads each time.
   */
  private final class BandCandidates {
    private final Signature sig;
    private Set<Long> seqs;

    BandCandidates(Signature sig) {
      this.sig = sig;
    }

    Set<Long> seqs() {
      if (seqs == null) {
        seqs = Collections.unmodifiableSet(bandCandidates(sig));
      }
      return seqs;
    }
  }

  /** Seqs sharing a band with the signature, in ascending order. */
  private Set<Long> bandCandidates(Signature sig) {
    Set<Long> out = new TreeSet<>();
    for (int b = 0; b < BANDS; b++) {
      for (byte[] k : index.lastKeys(posting((byte) b, band(sig, b)), MAX_POSTINGS)) {
        out.add(seqOf(k));
      }
    }
    return out;
  }

  /** The larger of Jaccard similarity and containment, the latter only where it is not noise. */
  static double similarity(Signature a, Signature b) {
    double j = a.jaccard(b);
    return j >= MIN_JACCARD_FOR_CONTAINMENT ? Math.max(j, a.containment(b)) : j;
  }

  private IndexedArticle sameId(String id) {
    for (byte[] k : index.lastKeys(posting(ID, idHash(id)), MAX_POSTINGS)) {
      IndexedArticle a = load(seqOf(k));
      if (a != null && a.id().equals(id)) {
        return a;
      }
    }
    return null;
  }

  private IndexedArticle indexed(
      DedupInput in,
      long[] entityKeys,
      String originalId,
      long originalSeq,
      double similarity,
      String storyId,
      List<String> signals) {
    Signature s = in.signature();
    return new IndexedArticle(
        in.id(),
        in.seq(),
        in.time(),
        in.storyTime(),
        s.shingles(),
        s.exact(),
        originalId,
        originalSeq,
        round(similarity),
        storyId,
        signals,
        entityKeys,
        s.mins());
  }

  private void store(IndexedArticle a) {
    articles.put(seqKey(a.seq()), a.encode());
    for (byte[] k : postings(a)) {
      index.put(k, new byte[0]);
    }
  }

  /**
   * Forgets the articles whose record time is before {@code oldest}, in seq order, stopping at the
   * first one still in the window (a late, older record waits for the ones before it).
   *
   * @return how many were evicted
   */
  public int evictBefore(long oldest) {
    List<IndexedArticle> stale = new ArrayList<>();
    articles.forEachFromFirst(
        e -> {
          IndexedArticle a = IndexedArticle.decode(e.getValue());
          if (a.time() >= oldest) {
            return false;
          }
          stale.add(a);
          return stale.size() < 10_000; // the rest at the next eviction
        });
    for (IndexedArticle a : stale) {
      for (byte[] k : postings(a)) {
        index.delete(k);
      }
      articles.delete(seqKey(a.seq()));
    }
    return stale.size();
  }

  public long articlesHeld() {
    return articles.approximateEntries();
  }

  private List<byte[]> postings(IndexedArticle a) {
    List<byte[]> keys = new ArrayList<>(BANDS + 8);
    Signature sig = a.signature();
    if (!sig.emptyText()) {
      for (int b = 0; b < BANDS; b++) {
        keys.add(posting((byte) b, band(sig, b), a.seq()));
      }
      keys.add(posting(EXACT, sig.exact(), a.seq()));
    }
    for (long e : a.entityKeys()) {
      keys.add(posting(ENTITY, e, a.seq()));
    }
    keys.add(posting(ID, idHash(a.id()), a.seq()));
    return keys;
  }

  private IndexedArticle load(long seq) {
    byte[] v = articles.get(seqKey(seq));
    return v == null ? null : IndexedArticle.decode(v);
  }

  static long band(Signature sig, int b) {
    long h = b + 1;
    for (int r = 0; r < ROWS; r++) {
      h = Signature.mix(h * 31 + sig.mins()[b * ROWS + r]);
    }
    return h;
  }

  /** Entity hashes; the top bit set for a person or organisation (an actor). */
  private static long[] entityKeys(List<String> entities) {
    Set<Long> keys = new LinkedHashSet<>();
    for (String e : entities) {
      boolean actor = e.startsWith("PER:") || e.startsWith("ORG:");
      keys.add((hash(e) & Long.MAX_VALUE) | (actor ? Long.MIN_VALUE : 0));
    }
    return keys.stream().mapToLong(Long::longValue).toArray();
  }

  private static boolean sharesActor(long[] a, long[] b) {
    for (long x : a) {
      for (long y : b) {
        if (x == y && x < 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static int shared(long[] a, long[] b) {
    Set<Long> set = new HashSet<>();
    for (long x : a) {
      set.add(x);
    }
    int n = 0;
    for (long y : b) {
      if (set.contains(y)) {
        n++;
      }
    }
    return n;
  }

  private static long idHash(String id) {
    return hash("id:" + id);
  }

  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xFF)) * 0x100000001b3L;
    }
    return Signature.mix(h);
  }

  static double round(double similarity) {
    return Math.round(similarity * 1000) / 1000.0;
  }

  static byte[] seqKey(long seq) {
    return ByteBuffer.allocate(8).putLong(seq).array();
  }

  private static byte[] posting(byte kind, long hash) {
    return ByteBuffer.allocate(9).put(kind).putLong(hash).array();
  }

  private static byte[] posting(byte kind, long hash, long seq) {
    return ByteBuffer.allocate(17).put(kind).putLong(hash).putLong(seq).array();
  }

  private static long seqOf(byte[] posting) {
    return ByteBuffer.wrap(posting).getLong(9);
  }
}
