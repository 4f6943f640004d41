package io.newsflow.enrich.text;

/** What a block of a text page is. */
enum BlockKind {
  BODY,
  CAPTION,
  CREDIT,
  BYLINE,
  DATELINE,
  ATTRIBUTION,
  /** A near-copy of an earlier block (a headline or caption printed twice). */
  ECHO,
  BOILERPLATE
}
