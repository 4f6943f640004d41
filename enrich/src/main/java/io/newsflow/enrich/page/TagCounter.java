package io.newsflow.enrich.page;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Counts what look like start tags ({@code <} then an ASCII letter) in a page's raw bytes, so a tag
 * bomb is refused before a tree is built. It runs over every byte of every page: it reads eight
 * bytes at a time and looks closer only where one of them is {@code <}.
 */
final class TagCounter {
  private TagCounter() {}

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long LT = 0x3C3C3C3C3C3C3C3CL; // '<' in every byte
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  /** Start tags in {@code body}, counted until there are more than {@code limit}. */
  static int count(byte[] body, int limit) {
    int tags = 0;
    int last = body.length - 1; // a '<' needs a byte after it
    int i = 0;
    for (; i + Long.BYTES <= last; i += Long.BYTES) {
      long x = (long) LONGS.get(body, i) ^ LT; // a zero byte where the page has '<'
      // The high bit of each byte that is zero, exactly: no carry crosses from one byte to the
      // next.
      long zeros = ~(((x & LOW7) + LOW7) | x | LOW7);
      while (zeros != 0) {
        if (isLetter(body[i + (Long.numberOfTrailingZeros(zeros) >>> 3) + 1]) && ++tags > limit) {
          return tags;
        }
        zeros &= zeros - 1;
      }
    }
    for (; i < last && tags <= limit; i++) {
      if (body[i] == '<' && isLetter(body[i + 1])) {
        tags++;
      }
    }
    return tags;
  }

  private static boolean isLetter(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  }
}
