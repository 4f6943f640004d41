package io.newsflow.enrich.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The stable article id: hex of the first 16 bytes of SHA-256 over the canonical URL. */
public final class ArticleIds {
  /**
   * One digest per thread: looking SHA-256 up among the security providers for every article cost
   * twice the hashing. {@code digest} leaves it reset for the next id.
   */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(ArticleIds::sha256);

  private static final HexFormat HEX = HexFormat.of();

  private ArticleIds() {}

  public static String of(String canonicalUrl) {
    byte[] digest = SHA_256.get().digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
    return HEX.formatHex(digest, 0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
