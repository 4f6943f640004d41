package io.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision and recall of the copy relation: an article marked {@code duplicate_of} is right when
 * the article it points at is of its group (its base article or another copy of it); recall is over
 * the copies of the corpus (a copy that never came out, a dead letter, counts as missed).
 */
public final class CopyScore {
  private final Map<String, CopyCorpus.Page> pageOfId = new HashMap<>();
  private final Map<String, String> duplicateOf = new HashMap<>();
  private final List<String> wrong = new ArrayList<>();
  private int expectedCopies;
  private final Map<CopyCorpus.Kind, int[]> byKind = new EnumMap<>(CopyCorpus.Kind.class);

  public CopyScore(List<CopyCorpus.Page> corpus) {
    for (CopyCorpus.Page p : corpus) {
      if (p.kind().isCopy()) {
        expectedCopies++;
      }
      byKind.computeIfAbsent(p.kind(), k -> new int[3])[0]++;
    }
  }

  /** One article out of the pipeline: the page it came from and its duplicate_of (or null). */
  public void add(CopyCorpus.Page page, String id, String duplicate) {
    pageOfId.put(id, page);
    if (duplicate != null) {
      duplicateOf.put(id, duplicate);
    }
  }

  public int marked() {
    return duplicateOf.size();
  }

  public int correct() {
    int ok = 0;
    wrong.clear();
    for (int[] k : byKind.values()) {
      k[1] = 0;
      k[2] = 0;
    }
    for (Map.Entry<String, String> e : duplicateOf.entrySet()) {
      CopyCorpus.Page copy = pageOfId.get(e.getKey());
      CopyCorpus.Page original = pageOfId.get(e.getValue());
      boolean right = original != null && original.group() == copy.group();
      if (right) {
        ok++;
        byKind.get(copy.kind())[1]++;
      } else {
        byKind.get(copy.kind())[2]++;
        wrong.add(
            copy.kind()
                + " "
                + copy.url()
                + " -> "
                + (original == null ? e.getValue() : original.kind() + " " + original.url()));
      }
    }
    return ok;
  }

  public double precision() {
    return marked() == 0 ? 1.0 : (double) correct() / marked();
  }

  public double recall() {
    return (double) correct() / expectedCopies;
  }

  public String report() {
    int correct = correct();
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "articles %d, copies in the corpus %d, marked as copies %d, right %d%n"
                + "precision %.4f  recall %.4f%n",
            pageOfId.size(),
            expectedCopies,
            marked(),
            correct,
            precision(),
            recall()));
    s.append("by kind (pages, marked right, marked wrong):");
    byKind.forEach(
        (k, v) -> s.append(String.format(Locale.ROOT, " %s %d/%d/%d", k, v[0], v[1], v[2])));
    s.append('\n');
    wrong.stream().limit(10).forEach(w -> s.append("  wrong: ").append(w).append('\n'));
    return s.toString();
  }
}
