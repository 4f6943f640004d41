package io.newsflow.enrich.html;

import io.newsflow.encoding.CharsetResolver;
import io.newsflow.encoding.ResolvedCharset;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Parses page bytes into a jsoup Document, in the charset the shared {@link CharsetResolver}
 * decided (a browser's order: byte order mark, header, meta, then what the bytes are). The tree
 * depth is capped so hostile nesting cannot blow the stack of later tree walks. Thread-safe.
 */
public final class HtmlPageParser {
  public static final int DEFAULT_MAX_DEPTH = 512;

  private final int maxDepth;

  public HtmlPageParser(int maxDepth) {
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maxDepth must be >= 1, was " + maxDepth);
    }
    this.maxDepth = maxDepth;
  }

  public HtmlPageParser() {
    this(DEFAULT_MAX_DEPTH);
  }

  /** Parses a page no server declared a charset for (a saved file). */
  public Document parse(byte[] body, String baseUri) {
    return parse(body, CharsetResolver.resolve(body, null), baseUri);
  }

  /** Parses a page whose server declared {@code headerCharset} (null if none). */
  public Document parse(byte[] body, String headerCharset, String baseUri) {
    return parse(body, CharsetResolver.resolve(body, headerCharset), baseUri);
  }

  /**
   * What jsoup's loading does once the charset is known, with our decoding: UTF-8 through {@link
   * Utf8Reader} (ASCII runs in bulk: about 7% of parse and extraction together), other charsets
   * through the JDK's reader.
   */
  public Document parse(byte[] body, ResolvedCharset resolved, String baseUri) {
    Charset charset = resolved.charset();
    int from = resolved.bomLength();
    Reader reader =
        StandardCharsets.UTF_8.equals(charset)
            ? new Utf8Reader(body, from)
            : new InputStreamReader(
                new ByteArrayInputStream(body, from, body.length - from), charset);
    Document doc = Parser.htmlParser().setMaxDepth(maxDepth).parseInput(reader, baseUri);
    doc.outputSettings().charset(charset);
    if (!charset.canEncode()) {
      doc.charset(StandardCharsets.UTF_8); // as jsoup does for charsets it can read but not write
    }
    return doc;
  }
}
