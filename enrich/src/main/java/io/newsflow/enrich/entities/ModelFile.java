package io.newsflow.enrich.entities;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The binary model format: gzip of gazetteer, lexicon, then for each pass only the non-zero weight
 * rows with weights quantised to 16 bits against one scale (the hash table is mostly empty, and 16
 * bits keep ranking decisions intact while halving the size). Version 3 adds the beam width the
 * weights were trained for after the version; a greedy model is still written as version 2, so its
 * bytes stay those of the models trained before beam search. Version 4 adds word classes, version 5
 * a word of feature flags (the context features) before them.
 */
public final class ModelFile {
  private static final int MAGIC = 0x4E455231; // "NER1"
  static final int VERSION = 2;

  /** A model decoded with a beam: version 2 plus the beam width. */
  static final int BEAM_VERSION = 3;

  /** A model with word classes ({@link WordClusters}): version 3 plus the classes. */
  static final int CLUSTERS_VERSION = 4;

  /** A model with the context features: version 4 plus a flags word before the classes. */
  static final int FLAGS_VERSION = 5;

  /** Flag bit of {@link FeatureOptions#context}. */
  private static final int CONTEXT_FLAG = 1;

  /** Flag bit of {@link FeatureOptions#aggregate}. */
  private static final int AGGREGATE_FLAG = 2;

  /** Flag bit of {@link FeatureOptions#contextMates}. */
  private static final int CONTEXT_MATES_FLAG = 4;

  /** Flag bit of {@link FeatureOptions#stems} with the Russian rule. */
  private static final int STEMS_FLAG = 8;

  /** Flag bit of {@link FeatureOptions#stems} with the Spanish rule. */
  private static final int SPANISH_STEMS_FLAG = 16;

  /** Flag bit of {@link FeatureOptions#stemMemory}. */
  private static final int STEM_MEMORY_FLAG = 32;

  /** Flag bit of {@link FeatureOptions#topics}. */
  private static final int TOPICS_FLAG = 64;

  private static final int KNOWN_FLAGS =
      TOPICS_FLAG
          | CONTEXT_FLAG
          | AGGREGATE_FLAG
          | CONTEXT_MATES_FLAG
          | STEMS_FLAG
          | SPANISH_STEMS_FLAG
          | STEM_MEMORY_FLAG;

  /** Widest beam a file may ask for: each history costs one scoring per token. */
  static final int MAX_BEAM = 16;

  private ModelFile() {}

  public static void write(NerTagger tagger, OutputStream target) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new GZIPOutputStream(target, 1 << 16), 1 << 16))) {
      out.writeInt(MAGIC);
      WordClusters clusters = tagger.options().clusters();
      boolean context = tagger.options().context();
      boolean aggregate = tagger.options().aggregate();
      boolean contextMates = tagger.options().contextMates();
      WordEndings stemRule = tagger.options().stems();
      boolean stems = stemRule != WordEndings.NONE;
      boolean stemMemory = tagger.options().stemMemory();
      boolean topics = tagger.options().topics();
      // The oldest version that holds the model, so earlier models keep their bytes.
      int version =
          context || aggregate || contextMates || stems || stemMemory || topics
              ? FLAGS_VERSION
              : !clusters.isEmpty()
                  ? CLUSTERS_VERSION
                  : tagger.beamWidth() > 1 ? BEAM_VERSION : VERSION;
      out.writeInt(version);
      if (version >= BEAM_VERSION) {
        out.writeInt(tagger.beamWidth());
      }
      if (version >= FLAGS_VERSION) {
        out.writeInt(
            (context ? CONTEXT_FLAG : 0)
                | (aggregate ? AGGREGATE_FLAG : 0)
                | (contextMates ? CONTEXT_MATES_FLAG : 0)
                | (stemRule == WordEndings.RUSSIAN ? STEMS_FLAG : 0)
                | (stemRule == WordEndings.SPANISH ? SPANISH_STEMS_FLAG : 0)
                | (stemMemory ? STEM_MEMORY_FLAG : 0)
                | (topics ? TOPICS_FLAG : 0));
      }
      writeMap(out, tagger.gazetteer().names());
      writeMap(out, tagger.lexicon().lowercaseCounts());
      if (version >= CLUSTERS_VERSION) {
        writeMap(out, clusters.classes());
      }
      writeWeights(out, tagger.firstPass());
      writeWeights(out, tagger.secondPass());
    }
  }

  public static NerTagger read(InputStream source) throws IOException {
    try (DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16))) {
      int version = in.readInt() == MAGIC ? in.readInt() : -1;
      if (version < VERSION || version > FLAGS_VERSION) {
        throw new IOException(
            "not a newsflow NER model (version " + VERSION + " to " + FLAGS_VERSION + ")");
      }
      int beamWidth = version == VERSION ? 1 : in.readInt();
      if (beamWidth < 1 || beamWidth > MAX_BEAM) {
        throw new IOException("bad beam width " + beamWidth);
      }
      int flags = version >= FLAGS_VERSION ? in.readInt() : 0;
      if ((flags & ~KNOWN_FLAGS) != 0) {
        throw new IOException("unknown feature flags " + flags);
      }
      Gazetteer gazetteer = new Gazetteer(readMap(in));
      Lexicon lexicon = new Lexicon(readMap(in));
      WordClusters clusters =
          version >= CLUSTERS_VERSION ? WordClusters.forTagging(readMap(in)) : WordClusters.NONE;
      return new NerTagger(
          gazetteer,
          lexicon,
          readWeights(in),
          readWeights(in),
          FeatureOptions.DEFAULT
              .withClusters(clusters)
              .withContext((flags & CONTEXT_FLAG) != 0)
              .withAggregate((flags & AGGREGATE_FLAG) != 0)
              .withContextMates((flags & CONTEXT_MATES_FLAG) != 0)
              .withStems(stemRule(flags))
              .withStemMemory((flags & STEM_MEMORY_FLAG) != 0)
              .withTopics((flags & TOPICS_FLAG) != 0),
          beamWidth);
    }
  }

  private static WordEndings stemRule(int flags) throws IOException {
    return switch (flags & (STEMS_FLAG | SPANISH_STEMS_FLAG)) {
      case 0 -> WordEndings.NONE;
      case STEMS_FLAG -> WordEndings.RUSSIAN;
      case SPANISH_STEMS_FLAG -> WordEndings.SPANISH;
      default -> throw new IOException("two stem rules in feature flags " + flags);
    };
  }

  private static void writeMap(DataOutputStream out, Map<String, Integer> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, Integer> e : new TreeMap<>(map).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue());
    }
  }

  private static Map<String, Integer> readMap(DataInputStream in) throws IOException {
    int size = in.readInt();
    Map<String, Integer> map = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      map.put(in.readUTF(), in.readInt());
    }
    return map;
  }

  private static void writeWeights(DataOutputStream out, PerceptronModel model) throws IOException {
    int rows = 1 << model.bits();
    float max = 0f;
    int nonZero = 0;
    for (int row = 0; row < rows; row++) {
      boolean any = false;
      for (int tag = 0; tag < TagSet.SIZE; tag++) {
        float w = Math.abs(model.weight(row, tag));
        max = Math.max(max, w);
        any |= w != 0f;
      }
      nonZero += any ? 1 : 0;
    }
    float scale = max == 0f ? 1f : max / Short.MAX_VALUE;
    out.writeInt(model.bits());
    out.writeInt(TagSet.SIZE);
    out.writeFloat(scale);
    out.writeInt(nonZero);
    for (int row = 0; row < rows; row++) {
      if (isZero(model, row)) {
        continue;
      }
      out.writeInt(row);
      for (int tag = 0; tag < TagSet.SIZE; tag++) {
        out.writeShort(Math.round(model.weight(row, tag) / scale));
      }
    }
  }

  private static PerceptronModel readWeights(DataInputStream in) throws IOException {
    int bits = in.readInt();
    if (bits < 1 || bits > 26 || in.readInt() != TagSet.SIZE) {
      throw new IOException("bad weight table header");
    }
    float scale = in.readFloat();
    int nonZero = in.readInt();
    if (nonZero < 0 || nonZero > 1 << bits) {
      throw new IOException("bad weight row count " + nonZero);
    }
    SparseRows.Builder rows = new SparseRows.Builder(bits, TagSet.SIZE, nonZero);
    // A row at a time (int id, then big-endian shorts): a read call per value costs a lock each.
    byte[] row = new byte[4 + 2 * TagSet.SIZE];
    short[] weights = new short[TagSet.SIZE];
    int last = -1;
    for (int i = 0; i < nonZero; i++) {
      in.readFully(row);
      int id =
          (row[0] & 0xFF) << 24 | (row[1] & 0xFF) << 16 | (row[2] & 0xFF) << 8 | (row[3] & 0xFF);
      if (id <= last || id >= 1 << bits) {
        throw new IOException("weight row " + id + " out of range or order");
      }
      for (int tag = 0; tag < TagSet.SIZE; tag++) {
        weights[tag] = (short) (row[4 + 2 * tag] << 8 | (row[5 + 2 * tag] & 0xFF));
      }
      rows.add(id, weights, 0);
      last = id;
    }
    return PerceptronModel.quantised(bits, rows.build(), scale);
  }

  private static boolean isZero(PerceptronModel model, int row) {
    for (int tag = 0; tag < TagSet.SIZE; tag++) {
      if (model.weight(row, tag) != 0f) {
        return false;
      }
    }
    return true;
  }
}
