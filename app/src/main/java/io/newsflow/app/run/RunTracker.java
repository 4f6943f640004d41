package io.newsflow.app.run;

import io.newsflow.ingest.publish.PublishListener;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.RawPage;
import io.newsflow.sink.SinkListener;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Knows when a run is through: every raw record this run published has come out at the other end,
 * as an article on disk or as a dead letter. Records are matched by their raw topic partition and
 * offset, which Article.raw and DeadLetter carry, so records of earlier runs do not confuse it.
 */
public final class RunTracker implements PublishListener, SinkListener {
  private final String rawTopic;
  private final Set<String> published = new HashSet<>();
  private final Set<String> resolved = new HashSet<>();
  private final Map<String, Long> deadLettersByReason = new TreeMap<>();
  private long unresolved;
  private long articlesWritten;
  private long articlesAlreadyStored;
  private long publishFailures;
  private boolean ingestFinished;
  private String failure;
  private final StartupTimeline timeline;

  public RunTracker(String rawTopic) {
    this(rawTopic, StartupTimeline.off());
  }

  /**
   * @param timeline told when the first page went out and the first article came in
   */
  public RunTracker(String rawTopic, StartupTimeline timeline) {
    this.rawTopic = rawTopic;
    this.timeline = timeline;
  }

  @Override
  public synchronized void pagePublished(RawPage page, RecordMetadata where) {
    String ref = ref(where.partition(), where.offset());
    timeline.mark("first page published");
    published.add(ref);
    if (!resolved.contains(ref)) {
      unresolved++;
    }
  }

  @Override
  public synchronized void deadLetterPublished(DeadLetter letter, RecordMetadata where) {
    deadLettersByReason.merge(letter.getStage() + "/" + letter.getReason(), 1L, Long::sum);
  }

  @Override
  public synchronized void sendFailed(String key, Exception error) {
    publishFailures++;
  }

  @Override
  public synchronized void articleStored(Article article, boolean written) {
    if (!rawTopic.equals(article.getRaw().getTopic())) {
      return;
    }
    if (resolve(ref(article.getRaw().getPartition(), article.getRaw().getOffset()))) {
      timeline.mark("first article stored");
      if (written) {
        articlesWritten++;
      } else {
        articlesAlreadyStored++;
      }
    }
  }

  /** A dead letter read back from the topic; ingest's own are counted when published. */
  public synchronized void deadLetterSeen(DeadLetter letter) {
    if (letter.getTopic() == null
        || !rawTopic.equals(letter.getTopic())
        || letter.getOffset() == null) {
      return;
    }
    if (resolve(ref(letter.getPartition(), letter.getOffset()))) {
      deadLettersByReason.merge(letter.getStage() + "/" + letter.getReason(), 1L, Long::sum);
    }
  }

  public synchronized void ingestFinished() {
    ingestFinished = true;
    notifyAll();
  }

  public synchronized boolean ingestDone() {
    return ingestFinished;
  }

  /** A stage died: waiting for the rest of the pages would be in vain. */
  public synchronized void fail(String why) {
    if (failure == null) {
      failure = why;
    }
    notifyAll();
  }

  public synchronized String failure() {
    return failure;
  }

  /** Waits until every published page is accounted for; false on timeout or failure. */
  public synchronized boolean awaitComplete(long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (!isComplete()) {
      if (failure != null) {
        return false;
      }
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return false;
      }
      wait(Math.min(left, 200));
    }
    return true;
  }

  public synchronized boolean isComplete() {
    return ingestFinished && unresolved == 0;
  }

  public synchronized RunCounts counts() {
    return new RunCounts(
        published.size(),
        unresolved,
        articlesWritten,
        articlesAlreadyStored,
        publishFailures,
        Map.copyOf(deadLettersByReason),
        failure);
  }

  /** True if this ref was not resolved before and belongs to (or may yet belong to) this run. */
  private boolean resolve(String ref) {
    if (!resolved.add(ref)) {
      return false;
    }
    if (published.contains(ref)) {
      unresolved--;
      notifyAll();
      return true;
    }
    return !ingestFinished; // published later in this run, or by an earlier run
  }

  private static String ref(int partition, long offset) {
    return partition + "@" + offset;
  }
}
