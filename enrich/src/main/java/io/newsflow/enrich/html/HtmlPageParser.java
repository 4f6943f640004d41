package io.newsflow.enrich.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Parses page bytes into a jsoup Document. The charset comes from a byte order mark, else the
 * HTTP header if it names a supported one, else a quick byte scan recognises a plain UTF-8
 * declaration or the lack of any ({@link Utf8Prescan}), else jsoup sniffs the meta tag, else
 * UTF-8: jsoup's own rules, in its order. The tree depth is capped so hostile nesting cannot
 * blow the stack of later tree walks. Thread-safe.
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

  public Document parse(byte[] body, String declaredCharset, String baseUri) {
    Parser parser = Parser.htmlParser().setMaxDepth(maxDepth);
    String charset = charset(body, declaredCharset);
    try {
      if (charset == null || Utf8Prescan.mayStartWithBom(body)) {
        // jsoup sniffs the charset (a byte order mark overrides even the header's)
        return Jsoup.parse(new ByteArrayInputStream(body), charset, baseUri, parser);
      }
      return parse(body, Charset.forName(charset), baseUri, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on an in-memory stream
    }
  }

  /**
   * What jsoup's loading does once the charset is known, with our decoding: UTF-8 through
   * {@link Utf8Reader} (ASCII runs in bulk: about 7% of parse and extraction together), other
   * charsets through the JDK's reader (jsoup's own serves its charset sniffing: about 2%). The
   * tree is the same, byte for byte.
   */
  private static Document parse(byte[] body, Charset charset, String baseUri, Parser parser)
      throws IOException {
    Reader reader = StandardCharsets.UTF_8.equals(charset) ? new Utf8Reader(body)
        : new InputStreamReader(new ByteArrayInputStream(body), charset);
    Document doc = parser.parseInput(reader, baseUri);
    doc.outputSettings().charset(charset);
    if (!charset.canEncode()) {
      doc.charset(StandardCharsets.UTF_8); // as jsoup does for charsets it can read but not write
    }
    return doc;
  }

  /**
   * The header's charset if supported; else "UTF-8" when the page's first declaration plainly
   * says so, or it declares none (jsoup would conclude the same after parsing its first 5 KB
   * once more); else null, and jsoup detects it.
   */
  private static String charset(byte[] body, String declaredCharset) {
    String header = supported(declaredCharset);
    if (header != null) {
      return header;
    }
    return Utf8Prescan.meansUtf8(body) ? "UTF-8" : null;
  }

  private static String supported(String charset) {
    if (charset == null || charset.isBlank()) {
      return null;
    }
    try {
      return Charset.isSupported(charset.trim()) ? charset.trim() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
