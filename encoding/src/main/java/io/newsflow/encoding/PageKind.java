package io.newsflow.encoding;

import java.util.Objects;

/** What a body is, as {@link ContentSniffer} sees it, and why when it is not a page. */
public record PageKind(Kind kind, String reason) {

  public enum Kind {
    /** Markup: parse it as HTML (declared HTML or XML, or text that is markup after all). */
    HTML,
    /** A text page: declared text/plain or text/markdown, or undeclared, and no markup. */
    TEXT,
    /** Not text at all: a known file signature, or control bytes that no text has. */
    BINARY,
    /** Declared as something that is neither HTML nor text (application/json, image/png...). */
    UNSUPPORTED_TYPE
  }

  static final PageKind HTML = new PageKind(Kind.HTML, null);
  static final PageKind TEXT = new PageKind(Kind.TEXT, null);

  public PageKind {
    Objects.requireNonNull(kind, "kind");
    if ((reason == null) != (kind == Kind.HTML || kind == Kind.TEXT)) {
      throw new IllegalArgumentException(
          kind + (reason == null ? " needs a reason" : " takes no reason"));
    }
  }

  static PageKind binary(String reason) {
    return new PageKind(Kind.BINARY, reason);
  }

  static PageKind unsupported(String reason) {
    return new PageKind(Kind.UNSUPPORTED_TYPE, reason);
  }
}
