package io.newsflow.enrich.page;

import io.newsflow.encoding.ResolvedCharset;
import io.newsflow.schema.RawPage;

/**
 * A raw page that passed the checks on its bytes, with what they are: decided once, here, so the
 * topology can route on it and the page step does not sniff again.
 *
 * @param page the record as the producer wrote it
 * @param body the body's bytes (not copied again downstream)
 * @param kind which extraction path the page takes
 * @param charset what the bytes are to be decoded in, decided once for both paths
 */
public record ResolvedPage(RawPage page, byte[] body, Kind kind, ResolvedCharset charset)
    implements Resolution {
  /** The extraction paths. */
  public enum Kind {
    /** Markup: parsed with jsoup, extracted by the HTML extractor. */
    HTML,
    /** Visible text other scrapers made: cleaned line by line, with the site's memory. */
    TEXT
  }

  public boolean isText() {
    return kind == Kind.TEXT;
  }
}
