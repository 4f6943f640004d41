package io.newsflow.monitor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecentKeysTest {
  private static byte[] key(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aRedeliveredKeyCountsOnce() {
    RecentKeys keys = new RecentKeys(10);
    assertTrue(keys.firstTime(key("file:///pages/a.html")));
    assertFalse(keys.firstTime(key("file:///pages/a.html")));
    assertTrue(keys.firstTime(key("file:///pages/b.html")));
  }

  @Test
  void theOldestKeysAreForgottenPastTheCapacity() {
    RecentKeys keys = new RecentKeys(2);
    keys.firstTime(key("a"));
    keys.firstTime(key("b"));
    keys.firstTime(key("c"));
    assertTrue(keys.firstTime(key("a")), "a was evicted");
    assertFalse(keys.firstTime(key("c")));
  }

  @Test
  void recordsWithoutAKeyAreNeverRepeats() {
    RecentKeys keys = new RecentKeys(2);
    assertTrue(keys.firstTime(null));
    assertTrue(keys.firstTime(null));
  }
}
