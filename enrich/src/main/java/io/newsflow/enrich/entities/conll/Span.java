package io.newsflow.enrich.entities.conll;

import java.util.ArrayList;
import java.util.List;

/** An entity span over token indexes [start, end) of one sentence. */
public record Span(int start, int end, String type) {

  /** Spans of an IOB2 tag sequence; a stray I- (after O or another type) starts a new span. */
  public static List<Span> fromTags(List<String> tags) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean continues = tag.startsWith("I-") && tag.substring(2).equals(type);
      if (type != null && !continues) {
        spans.add(new Span(start, i, type));
        type = null;
      }
      if (!tag.equals("O") && !continues) {
        start = i;
        type = tag.substring(2);
      }
    }
    return spans;
  }
}
