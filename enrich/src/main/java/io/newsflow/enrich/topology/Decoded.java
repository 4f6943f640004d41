package io.newsflow.enrich.topology;

import io.newsflow.enrich.page.ResolvedPage;
import io.newsflow.schema.DeadLetter;

/** A raw record after the topology's edge: a page ready for its path, or its dead letter. */
sealed interface Decoded {
  /**
   * @param value the record's value bytes as read: a repartition forwards them and a dead letter
   *     keeps them, without encoding the page again
   */
  record Page(ResolvedPage page, Origin origin, byte[] value) implements Decoded {}

  record Refused(DeadLetter letter) implements Decoded {}
}
