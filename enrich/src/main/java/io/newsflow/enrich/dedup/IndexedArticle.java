package io.newsflow.enrich.dedup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One article as the index keeps it (value of the article store, key: its seq): what a later copy
 * or story member needs, about 600 bytes.
 *
 * @param originalId the id of its original when it is a copy, else null
 * @param entityKeys hashes of its salient entities
 */
record IndexedArticle(
    String id,
    long seq,
    long time,
    long storyTime,
    int shingles,
    long exact,
    String originalId,
    long originalSeq,
    double similarity,
    String storyId,
    List<String> storySignals,
    long[] entityKeys,
    int[] mins) {

  Signature signature() {
    return new Signature(mins, shingles, exact);
  }

  DedupDecision decision() {
    return new DedupDecision(
        originalId, originalId == null ? null : similarity, storyId, storySignals);
  }

  byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(700);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(1); // format version
      out.writeUTF(id);
      out.writeLong(seq);
      out.writeLong(time);
      out.writeLong(storyTime);
      out.writeInt(shingles);
      out.writeLong(exact);
      out.writeUTF(originalId == null ? "" : originalId);
      out.writeLong(originalSeq);
      out.writeDouble(similarity);
      out.writeUTF(storyId);
      out.writeByte(storySignals.size());
      for (String s : storySignals) {
        out.writeUTF(s);
      }
      out.writeByte(entityKeys.length);
      for (long e : entityKeys) {
        out.writeLong(e);
      }
      for (int m : mins) {
        out.writeInt(m);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static IndexedArticle decode(byte[] value) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
      in.readByte(); // format version
      String id = in.readUTF();
      long seq = in.readLong();
      long time = in.readLong();
      long storyTime = in.readLong();
      int shingles = in.readInt();
      long exact = in.readLong();
      String original = in.readUTF();
      long originalSeq = in.readLong();
      double similarity = in.readDouble();
      String storyId = in.readUTF();
      int signals = in.readByte();
      List<String> storySignals = new ArrayList<>();
      for (int i = 0; i < signals; i++) {
        storySignals.add(in.readUTF());
      }
      long[] entities = new long[in.readByte()];
      for (int i = 0; i < entities.length; i++) {
        entities[i] = in.readLong();
      }
      int[] mins = new int[Signature.HASHES];
      for (int h = 0; h < mins.length; h++) {
        mins[h] = in.readInt();
      }
      return new IndexedArticle(
          id,
          seq,
          time,
          storyTime,
          shingles,
          exact,
          original.isEmpty() ? null : original,
          originalSeq,
          similarity,
          storyId,
          storySignals,
          entities,
          mins);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
