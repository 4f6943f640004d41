package io.newsflow.enrich.entities;

/**
 * One tagged span of the text: [start, end) are character offsets; type is PER, ORG, LOC or MISC.
 */
public record EntityMention(String text, int start, int end, String type) {
  public EntityMention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
