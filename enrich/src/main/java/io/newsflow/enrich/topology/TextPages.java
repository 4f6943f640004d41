package io.newsflow.enrich.topology;

import io.newsflow.enrich.page.ContentSniffer;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.Topics;
import java.nio.ByteBuffer;

/** Routes raw records: text pages take the site-memory path, the rest (and undecodable records) the HTML one. */
final class TextPages {
  private static final int SNIFF_BYTES = 1024;

  private TextPages() {}

  static boolean isTextPage(byte[] value) {
    if (value == null) {
      return false;
    }
    try {
      RawPage page = Topics.RAW_PAGE_SERDE.decode(value);
      ByteBuffer body = page.getBody().duplicate();
      byte[] head = new byte[Math.min(body.remaining(), SNIFF_BYTES)];
      body.get(head);
      return head.length > 0 && ContentSniffer.isTextPage(page.getContentType(), head);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
