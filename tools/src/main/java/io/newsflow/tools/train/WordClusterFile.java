package io.newsflow.tools.train;

import io.newsflow.enrich.entities.WordClusters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads flat word classes learnt from a large unlabelled corpus: one "word TAB class" per line,
 * class a number below 1023. The tagger keys its classes by lower-case word; where a cased corpus
 * gives "Bush" and "bush" their own classes, the capitalised form's wins, since the tagger reads
 * classes for capitalised words, the possible names.
 */
final class WordClusterFile {
  private WordClusterFile() {}

  static WordClusters read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, Integer> classes = new HashMap<>();
    Map<String, Integer> rank = new HashMap<>();
    for (String line : lines) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        continue;
      }
      String word = line.substring(0, tab);
      int id = Integer.parseInt(line.substring(tab + 1).trim());
      String lower = word.toLowerCase(Locale.ROOT);
      int r = rank(word);
      Integer before = rank.get(lower);
      if (before == null || r > before) {
        rank.put(lower, r);
        // The one class sits at the coarse and the middle granularity: the middle one is what the
        // neighbours' features read.
        classes.put(lower, WordClusters.pack(id, id));
      }
    }
    return new WordClusters(classes);
  }

  /** Capitalised beats lower case beats any other casing (all caps, mixed). */
  private static int rank(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
      return word.equals(word.toLowerCase(Locale.ROOT)) ? 1 : 0;
    }
    String rest = word.substring(Character.charCount(word.codePointAt(0)));
    return rest.equals(rest.toLowerCase(Locale.ROOT)) ? 2 : 0;
  }
}
