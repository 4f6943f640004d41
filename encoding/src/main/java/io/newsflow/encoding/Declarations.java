package io.newsflow.encoding;

import java.nio.charset.Charset;

/**
 * What the start of a page says about its encoding: the charset of its first meta declaration that
 * names a known one, of its XML declaration, and the language of its {@code <html>} element. Each
 * is null when absent (or unknown).
 */
record Declarations(Charset meta, Charset xml, String lang) {
  static final Declarations NONE = new Declarations(null, null, null);
}
