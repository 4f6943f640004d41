package io.newsflow.enrich.entities.conll;

import java.util.List;

/**
 * One sentence of a CoNLL file.
 *
 * @param lines the original lines, for echoing them with a predicted column
 * @param tokens the first column
 * @param gold the last column normalised to IOB2
 */
public record ConllSentence(List<String> lines, List<String> tokens, List<String> gold) {
  public ConllSentence {
    lines = List.copyOf(lines);
    tokens = List.copyOf(tokens);
    gold = List.copyOf(gold);
    if (tokens.size() != gold.size() || tokens.size() != lines.size()) {
      throw new IllegalArgumentException("columns differ in length");
    }
  }
}
