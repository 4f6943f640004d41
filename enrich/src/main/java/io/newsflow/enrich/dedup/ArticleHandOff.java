package io.newsflow.enrich.dedup;

import io.newsflow.schema.Article;
import io.newsflow.schema.Topics;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The page step's hand-off to dedup: the article encoded for the sequence topic, with its {@link
 * DedupKeys} in a header, worked out here on the parallel page step's thread rather than on the
 * single dedup one.
 */
final class ArticleHandOff implements FixedKeyProcessor<String, Article, byte[]> {
  private FixedKeyProcessorContext<String, byte[]> context;

  @Override
  public void init(FixedKeyProcessorContext<String, byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article article = record.value();
    byte[] encoded = Topics.ARTICLE_SERDE.encode(article);
    context.forward(
        record
            .withValue(encoded)
            .withHeaders(DedupKeys.handOff(record.headers(), article, encoded)));
  }
}
