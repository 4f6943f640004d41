package io.newsflow.enrich.dedup;

import io.newsflow.schema.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * What the dedup index reads of an article ({@link ArticleKeys#input}), worked out where the
 * article is made, in the parallel page step, and carried to the single-partition dedup step in a
 * record header: that step then neither decodes the article nor reads its text (the signature was a
 * quarter of its CPU, the Avro decode an eighth). The header is only a shortcut: where it is
 * missing (a record of an older build), unreadable or not this article's, the step works the keys
 * out from the article as before, so the decisions never depend on it.
 *
 * <p>The page step adds it only to an article whose dedup fields are unset, so the header also
 * vouches that the decided bytes can be written from the read ones ({@link DecidedArticle}).
 *
 * @param publishedTime the story time the page gives, null for none (the record time is used)
 * @param articleBytes the length of the encoded article it was worked out from
 */
record DedupKeys(
    String id, Long publishedTime, List<String> entities, Signature signature, int articleBytes) {
  /** The record header; taken off before the article leaves dedup. */
  static final String HEADER = "newsflow.dedup-keys";

  private static final byte VERSION = 1;
  private static final int CHECKSUM_BYTES = 4;

  DedupKeys {
    entities = List.copyOf(entities);
  }

  /** The keys of an article as enrich made it, encoded into {@code articleBytes} bytes. */
  static DedupKeys of(Article article, int articleBytes) {
    return new DedupKeys(
        article.getId(),
        ArticleKeys.publishedTime(article),
        ArticleKeys.salientEntities(article),
        Signature.of(article.getText()),
        articleBytes);
  }

  /** The index's input: what {@link ArticleKeys#input} gives for the article. */
  DedupInput input(long seq, long recordTime) {
    long storyTime = publishedTime == null ? recordTime : publishedTime;
    return new DedupInput(id, seq, recordTime, storyTime, signature, entities);
  }

  /**
   * The headers with this article's keys in place of any header of that name (one that came with
   * the raw page is not ours), or without one for an article that was decided already.
   */
  static Headers handOff(Headers headers, Article article, byte[] encoded) {
    Headers out = without(headers);
    if (DecidedArticle.undecided(article)) {
      byte[] keys = of(article, encoded.length).encode();
      if (keys != null) {
        out.add(HEADER, keys);
      }
    }
    return out;
  }

  /** The keys carried with an article's bytes, or null where they are missing or not its own. */
  static DedupKeys carried(Headers headers, byte[] article) {
    Header h = headers.lastHeader(HEADER);
    DedupKeys keys = h == null ? null : decode(h.value());
    return keys != null && keys.articleBytes == article.length ? keys : null;
  }

  /** A copy of the headers without ours. */
  static Headers without(Headers headers) {
    RecordHeaders out = new RecordHeaders();
    for (Header h : headers) {
      if (!HEADER.equals(h.key())) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * Version, fields, then a CRC-32C of them; null where a field does not fit (an id over 64 KB).
   */
  byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(640);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(articleBytes);
      out.writeUTF(id);
      out.writeBoolean(publishedTime != null);
      out.writeLong(publishedTime == null ? 0 : publishedTime);
      out.writeByte(entities.size());
      for (String e : entities) {
        out.writeUTF(e);
      }
      out.writeInt(signature.shingles());
      out.writeLong(signature.exact());
      for (int m : signature.mins()) {
        out.writeInt(m);
      }
      out.writeInt(checksum(bytes.toByteArray(), bytes.size()));
    } catch (IOException e) {
      return null;
    }
    return bytes.toByteArray();
  }

  /** The keys, or null for bytes that are not a whole, intact header of this version. */
  static DedupKeys decode(byte[] value) {
    int body = value.length - CHECKSUM_BYTES;
    if (body <= 0 || value[0] != VERSION || checksum(value, body) != readInt(value, body)) {
      return null;
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value, 1, body - 1))) {
      int articleBytes = in.readInt();
      String id = in.readUTF();
      boolean timed = in.readBoolean();
      long time = in.readLong();
      int n = in.readUnsignedByte();
      List<String> entities = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        entities.add(in.readUTF());
      }
      int shingles = in.readInt();
      long exact = in.readLong();
      int[] mins = new int[Signature.HASHES];
      for (int h = 0; h < mins.length; h++) {
        mins[h] = in.readInt();
      }
      if (in.available() != 0) {
        return null;
      }
      return new DedupKeys(
          id, timed ? time : null, entities, new Signature(mins, shingles, exact), articleBytes);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  private static int checksum(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xFF) << 24
        | (b[at + 1] & 0xFF) << 16
        | (b[at + 2] & 0xFF) << 8
        | b[at + 3] & 0xFF;
  }
}
