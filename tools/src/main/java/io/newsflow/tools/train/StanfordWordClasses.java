package io.newsflow.tools.train;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the word classes inside one of Stanford CoreNLP's NER models as "word TAB class" lines,
 * the input of {@code TrainTagger --cluster-file}. Stanford's distributional-similarity models
 * carry the classes of half a million words learnt from corpora of hundreds of millions of words
 * (German: 175M words, 600 classes; Spanish: 512; English: Gigaword and Reuters, 512): far more
 * text than any training file here, so the classes reach names no training file has.
 *
 * <p>The classes are a field of the model's feature factory with no accessor, so it is read by
 * reflection. Usage: {@code StanfordWordClasses MODEL.crf.ser.gz OUT.tsv}; the models come in
 * {@code edu.stanford.nlp:stanford-corenlp:4.5.7} jars with classifiers {@code models} (English),
 * {@code models-german}, {@code models-spanish} (training README).
 */
public final class StanfordWordClasses {
  private StanfordWordClasses() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: StanfordWordClasses MODEL.crf.ser.gz OUT.tsv");
      System.exit(2);
    }
    Map<String, String> classes = read(args[0]);
    write(classes, Path.of(args[1]));
    System.err.println(classes.size() + " words");
  }

  static Map<String, String> read(String model) throws Exception {
    CRFClassifier<?> classifier = CRFClassifier.getClassifier(model);
    Field factories = AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
    factories.setAccessible(true);
    for (Object factory : (List<?>) factories.get(classifier)) {
      if (factory instanceof NERFeatureFactory<?>) {
        Field lexicon = NERFeatureFactory.class.getDeclaredField("lexicon");
        lexicon.setAccessible(true);
        Map<?, ?> words = (Map<?, ?>) lexicon.get(factory);
        if (words != null && !words.isEmpty()) {
          Map<String, String> sorted = new TreeMap<>();
          words.forEach((word, cls) -> sorted.put(String.valueOf(word), String.valueOf(cls)));
          return sorted;
        }
      }
    }
    throw new IllegalArgumentException(model + " has no word classes (not a distsim model?)");
  }

  private static void write(Map<String, String> classes, Path out) throws IOException {
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : classes.entrySet()) {
        if (e.getKey().isEmpty() || e.getKey().indexOf('\t') >= 0) {
          continue;
        }
        writer.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
  }
}
