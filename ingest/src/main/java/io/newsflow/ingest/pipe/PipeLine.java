package io.newsflow.ingest.pipe;

import io.newsflow.schema.RawPage;

/** What one input line became: a page to publish, or a rejection with a stable reason code. */
public sealed interface PipeLine {
  record Page(RawPage page) implements PipeLine {}

  /**
   * @param reason a stable code, e.g. bad_json, missing_url, bad_url, no_content, both_html_and_text
   * @param url the line's URL when it had a usable one, else null
   */
  record Rejected(String reason, String message, String url) implements PipeLine {}
}
