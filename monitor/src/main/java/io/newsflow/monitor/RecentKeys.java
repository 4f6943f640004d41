package io.newsflow.monitor;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recent record keys seen, to count a redelivered record once: a bounded, least recently
 * seen first map, so a long-running monitor holds at most {@code capacity} keys. A repeat older
 * than that counts again, which is rare: redeliveries follow their first copy within seconds.
 */
final class RecentKeys {
  static final int DEFAULT_CAPACITY = 200_000;

  private final Map<ByteBuffer, Boolean> keys;

  RecentKeys(int capacity) {
    this.keys =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** True the first time a key is seen (a null key is always new: it names no input). */
  boolean firstTime(byte[] key) {
    if (key == null) {
      return true;
    }
    return keys.put(ByteBuffer.wrap(key.clone()), Boolean.TRUE) == null;
  }
}
