package io.newsflow.enrich.entities.conll;

import java.util.List;

/**
 * One document of a CoNLL file.
 *
 * @param header lines printed before the sentences ("-DOCSTART- -X- O O" and its blank line)
 */
public record ConllDocument(List<String> header, List<ConllSentence> sentences) {
  public ConllDocument {
    header = List.copyOf(header);
    sentences = List.copyOf(sentences);
  }

  public List<List<String>> tokens() {
    return sentences.stream().map(ConllSentence::tokens).toList();
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
