package io.newsflow.ingest.pipe;

import io.newsflow.schema.RawPage;
import io.newsflow.schema.deadletter.DeadLetterReason;

/** What one input line became: a page to publish, or a rejection with its reason. */
public sealed interface PipeLine {
  record Page(RawPage page) implements PipeLine {}

  /**
   * @param reason one of the reasons of stage publish, e.g. bad_json, missing_url, bad_url,
   *     no_content
   * @param url the line's URL when it had a usable one, else null
   */
  record Rejected(DeadLetterReason reason, String message, String url) implements PipeLine {}
}
