package io.newsflow.encoding;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Skipping ASCII bytes eight at a time: most of a page is markup, scripts and styles. */
final class Ascii {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Ascii() {}

  /** The index of the first non-ASCII byte at or after {@code from}, or {@code b.length}. */
  static int skip(byte[] b, int from) {
    int i = from;
    while (i + 8 <= b.length && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
      i += 8;
    }
    while (i < b.length && b[i] >= 0) {
      i++;
    }
    return i;
  }
}
