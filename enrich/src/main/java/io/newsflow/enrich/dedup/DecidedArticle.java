package io.newsflow.enrich.dedup;

import io.newsflow.schema.Article;
import io.newsflow.schema.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * The decided article's bytes, written from the bytes dedup read rather than encoded anew: the
 * dedup fields are the schema's last four, and Avro writes a record as its fields one after the
 * other, so everything before them is kept as read and only the four are written (enrich wrote them
 * empty). One encoding of the whole article fewer per article, text and Markdown included. Bytes
 * written by another schema, or an article whose dedup fields are already set, are encoded whole.
 */
final class DecidedArticle {
  private static final List<String> DEDUP_FIELDS =
      List.of("duplicate_of", "similarity", "story_id", "story_signals");

  /** Single-object encoding: a two-byte marker, then the schema's fingerprint, little-endian. */
  private static final byte[] HEADER = header(Article.getClassSchema());

  /** The four fields as enrich writes them: three nulls (union branch 0), an empty array. */
  private static final byte[] UNDECIDED = {0, 0, 0, 0};

  /** One writer per dedup field, in the schema's order; writers keep no state between writes. */
  private static final List<SpecificDatumWriter<Object>> TAIL_WRITERS =
      tail(Article.getClassSchema()).stream()
          .map(f -> new SpecificDatumWriter<Object>(f.schema(), SpecificData.get()))
          .toList();

  private DecidedArticle() {}

  /**
   * @param read the single-object encoded article as dedup read it
   * @param article the same, decoded
   */
  static byte[] encode(byte[] read, Article article, DedupDecision d) {
    return endsUndecided(read) && undecided(article)
        ? withDecision(read, d)
        : Topics.ARTICLE_SERDE.encode(ArticleKeys.decided(article, d));
  }

  /**
   * The same for bytes whose article the page step found undecided ({@link DedupKeys} say so):
   * decoded only where the bytes do not end as enrich writes the four fields.
   */
  static byte[] encodeUndecided(byte[] read, DedupDecision d) {
    return endsUndecided(read)
        ? withDecision(read, d)
        : encode(read, Topics.ARTICLE_SERDE.decode(read), d);
  }

  private static byte[] withDecision(byte[] read, DedupDecision d) {
    byte[] tail = tail(d);
    int kept = read.length - UNDECIDED.length;
    byte[] out = Arrays.copyOf(read, kept + tail.length); // the one copy of the article's bytes
    System.arraycopy(tail, 0, out, kept, tail.length);
    return out;
  }

  /** The four dedup fields of the decision, as the schema's writer encodes them. */
  private static byte[] tail(DedupDecision d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64);
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    Object[] values = {d.duplicateOf(), d.similarity(), d.storyId(), d.storySignals()};
    try {
      for (int k = 0; k < TAIL_WRITERS.size(); k++) {
        TAIL_WRITERS.get(k).write(values[k], encoder);
      }
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** This schema's single-object encoding, ending in the four fields as enrich writes them. */
  private static boolean endsUndecided(byte[] read) {
    int n = read.length;
    return n > HEADER.length + UNDECIDED.length
        && Arrays.equals(read, 0, HEADER.length, HEADER, 0, HEADER.length)
        && Arrays.equals(read, n - UNDECIDED.length, n, UNDECIDED, 0, UNDECIDED.length);
  }

  /** No dedup field set (the bytes' last four could also end a set one: a string of NULs). */
  static boolean undecided(Article article) {
    return article.getDuplicateOf() == null
        && article.getSimilarity() == null
        && article.getStoryId() == null
        && article.getStorySignals().isEmpty();
  }

  private static byte[] header(Schema schema) {
    long fingerprint = SchemaNormalization.parsingFingerprint64(schema);
    byte[] h = new byte[10];
    h[0] = (byte) 0xC3;
    h[1] = 0x01;
    for (int i = 0; i < 8; i++) {
      h[2 + i] = (byte) (fingerprint >>> (8 * i));
    }
    return h;
  }

  private static List<Schema.Field> tail(Schema schema) {
    List<Schema.Field> fields = schema.getFields();
    List<Schema.Field> tail = fields.subList(fields.size() - DEDUP_FIELDS.size(), fields.size());
    if (!tail.stream().map(Schema.Field::name).toList().equals(DEDUP_FIELDS)) {
      throw new IllegalStateException("the Article schema no longer ends with " + DEDUP_FIELDS);
    }
    return List.copyOf(tail);
  }
}
