package io.newsflow.enrich.dedup;

import io.newsflow.schema.Article;
import io.newsflow.schema.Topics;
import java.time.Duration;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Decides on each article of the single-partition sequence topic, in offset order: the offset is
 * the article's seq, so "first seen" is the same on every instance and every replay. Evicts what
 * left the window on stream time. Reads and writes encoded articles: the decided one is the bytes
 * read with the dedup fields written anew ({@link DecidedArticle}); what the index reads of one
 * comes in a header from the page step ({@link DedupKeys}), so the article is not decoded.
 */
final class DedupProcessor implements Processor<String, byte[], String, byte[]> {
  private final DedupSettings settings;
  private ProcessorContext<String, byte[]> context;
  private DedupIndex index;
  private boolean firstCommitRequested;

  DedupProcessor(DedupSettings settings) {
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
    KeyValueStore<Bytes, byte[]> articles = context.getStateStore(DedupTopology.ARTICLES_STORE);
    KeyValueStore<Bytes, byte[]> postings = context.getStateStore(DedupTopology.INDEX_STORE);
    index =
        new DedupIndex(new KafkaSortedStore(articles), new KafkaSortedStore(postings), settings);
    long window = settings.window().toMillis();
    Duration every =
        Duration.ofMillis(Math.max(1000, Math.min(window / 10, Duration.ofHours(1).toMillis())));
    context.schedule(every, PunctuationType.STREAM_TIME, now -> index.evictBefore(now - window));
  }

  @Override
  public void process(Record<String, byte[]> record) {
    long seq =
        context
            .recordMetadata()
            .orElseThrow(() -> new IllegalStateException("dedup needs the record's offset"))
            .offset();
    byte[] read = record.value();
    DedupKeys keys = DedupKeys.carried(record.headers(), read);
    byte[] decided;
    if (keys != null) {
      decided =
          DecidedArticle.encodeUndecided(read, index.add(keys.input(seq, record.timestamp())));
    } else { // an older build's record, or a header that is not this article's: read the article
      Article article = Topics.ARTICLE_SERDE.decode(read);
      DedupDecision d = index.add(ArticleKeys.input(article, seq, record.timestamp()));
      decided = DecidedArticle.encode(read, article, d);
    }
    context.forward(record.withValue(decided).withHeaders(DedupKeys.without(record.headers())));
    if (!firstCommitRequested) {
      // The sink reads committed articles only: the task's first one is committed at once rather
      // than when the commit interval (500 ms) is up, so a start shows its first article sooner.
      context.commit();
      firstCommitRequested = true;
    }
  }
}
