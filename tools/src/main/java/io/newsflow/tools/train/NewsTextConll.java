package io.newsflow.tools.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.entities.EntityModels;
import io.newsflow.enrich.entities.SentenceSplitter;
import io.newsflow.enrich.entities.Token;
import io.newsflow.enrich.entities.TokenScheme;
import io.newsflow.enrich.entities.Tokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the expected article texts of one language from an extraction truth file ({@code
 * truth.json}, key {@code text}) as untagged CoNLL: the tagger's own tokens and sentences (the
 * shipped {@link Tokenizer} and {@link SentenceSplitter}, the language's token scheme), one token a
 * line, a blank line between sentences. Unlabelled news text, for a teacher to label ({@link
 * StanfordTeacherLabels}): the training files of some languages are Wikipedia, the product tags
 * news.
 *
 * <p>Usage: {@code NewsTextConll truth.json LANGUAGE OUT.conll}.
 */
public final class NewsTextConll {
  private static final Tokenizer TOKENIZER = Tokenizer.loadDefault();

  private NewsTextConll() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: NewsTextConll truth.json LANGUAGE OUT.conll");
      System.exit(2);
    }
    String language = args[1];
    TokenScheme scheme = EntityModels.shipped().card(language).orElseThrow().tokens();
    JsonNode truth = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    int pages = 0;
    int sentences = 0;
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
        JsonNode page = it.next().getValue();
        if (!language.equals(page.path("lang").asText()) || !page.hasNonNull("text")) {
          continue;
        }
        for (List<String> sentence : sentences(page.get("text").asText(), scheme)) {
          write(out, sentence);
          sentences++;
        }
        pages++;
      }
    }
    System.err.printf(Locale.ROOT, "%d pages, %d sentences%n", pages, sentences);
  }

  /** The text's sentences as the tagger sees them, each a list of token texts. */
  static List<List<String>> sentences(String text, TokenScheme scheme) {
    List<List<Token>> split =
        new SentenceSplitter().split(text, scheme.split(TOKENIZER.tokenize(text)));
    return split.stream().map(s -> s.stream().map(Token::text).toList()).toList();
  }

  private static void write(PrintWriter out, List<String> sentence) {
    for (String token : sentence) {
      out.println(token.replace(' ', '_'));
    }
    out.println();
  }
}
