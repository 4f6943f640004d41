package io.newsflow.enrich.entities;

/**
 * The non-zero rows of a hashed weight table, stored one after another, with a bit per hash id
 * saying whether its row is there. A trained table is mostly empty (a few hundred thousand of two
 * million rows), so this keeps a model in a few MB instead of tens: scoring is bound by memory
 * reads, and a row that is found in the CPU cache costs a fraction of one fetched from main memory.
 * An id whose row is all zeros is answered from the bit set alone.
 *
 * <p>Immutable once built; thread-safe.
 */
final class SparseRows {
  private final int rowLength;

  /**
   * Per 64-id block, side by side: at 2b the bits of the ids whose rows are present, at 2b + 1 the
   * rows present before the block (the compact index of a row is its rank). Together, so a lookup
   * reads one cache line before its row.
   */
  private final long[] index;

  private final short[] values;

  private SparseRows(int rowLength, long[] index, short[] values) {
    this.rowLength = rowLength;
    this.index = index;
    this.values = values;
  }

  /** Collects rows added in increasing id order. */
  static final class Builder {
    private final int rowLength;
    private final int ids;
    private final long[] present;
    private final short[] values;
    private int rows;
    private int lastId = -1;

    Builder(int bits, int rowLength, int rowCount) {
      this.rowLength = rowLength;
      this.ids = 1 << bits;
      this.present = new long[Math.max(1, ids >>> 6)];
      this.values = new short[rowCount * rowLength];
    }

    /** Adds the row of {@code id}, which must be greater than the last one added. */
    Builder add(int id, short[] row, int from) {
      if (id <= lastId || id >= ids) {
        throw new IllegalArgumentException("row " + id + " out of order or range");
      }
      if (rows * rowLength == values.length) {
        throw new IllegalArgumentException("more rows than announced");
      }
      present[id >>> 6] |= 1L << id;
      System.arraycopy(row, from, values, rows * rowLength, rowLength);
      rows++;
      lastId = id;
      return this;
    }

    SparseRows build() {
      if (rows * rowLength != values.length) {
        throw new IllegalArgumentException("fewer rows than announced");
      }
      long[] index = new long[present.length * 2];
      long seen = 0;
      for (int block = 0; block < present.length; block++) {
        index[2 * block] = present[block];
        index[2 * block + 1] = seen;
        seen += Long.bitCount(present[block]);
      }
      return new SparseRows(rowLength, index, values);
    }
  }

  int rowLength() {
    return rowLength;
  }

  /** Where row {@code id} starts in {@link #values()}, or -1 if the row is all zeros. */
  int start(int id) {
    int at = (id >>> 6) << 1;
    long block = index[at];
    long bit = 1L << id;
    if ((block & bit) == 0) {
      return -1;
    }
    return ((int) index[at + 1] + Long.bitCount(block & (bit - 1))) * rowLength;
  }

  /** The stored rows, back to back; read-only by contract. */
  short[] values() {
    return values;
  }

  /** Number of non-zero rows. */
  int rows() {
    return values.length / rowLength;
  }
}
