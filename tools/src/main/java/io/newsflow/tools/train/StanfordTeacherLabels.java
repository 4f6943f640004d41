package io.newsflow.tools.train;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.Word;
import io.newsflow.enrich.entities.conll.ConllDocument;
import io.newsflow.enrich.entities.conll.ConllReader;
import io.newsflow.enrich.entities.conll.ConllSentence;
import io.newsflow.enrich.entities.conll.DevSplit;
import io.newsflow.enrich.entities.conll.SpanScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Relabels a CoNLL file with a Stanford CoreNLP CRF NER model as teacher: the file's own tokens
 * (never re-tokenised) with the teacher's tags in IOB2 over PER, ORG, LOC, MISC. German has no gold
 * training data with news guidelines here, but CoreNLP's German model was trained on gold newswire
 * (CoNLL-2003 German), so its labels on our German text are a training set nearer the news a reader
 * sees than the silver Wikipedia file (distillation).
 *
 * <p>Where the input has gold tags, the teacher is also scored against them, on the whole file and
 * on its odd 20-sentence blocks ({@link DevSplit}), the half the German model is judged on.
 *
 * <p>Usage: {@code StanfordTeacherLabels MODEL.crf.ser.gz IN.conll OUT.conll [--agree]}; {@code
 * --agree} writes only the sentences whose gold tags the teacher repeats exactly (silver labels two
 * annotators agree on). The model is read from the class path (training README).
 */
public final class StanfordTeacherLabels {
  /**
   * CoreNLP's long type names, and the CoNLL ones its German model writes; a geopolitical entity
   * (the Chinese model's GPE) is a location in CoNLL's scheme.
   */
  private static final Map<String, String> TYPES =
      Map.of(
          "PER", "PER",
          "PERSON", "PER",
          "ORG", "ORG",
          "ORGANIZATION", "ORG",
          "LOC", "LOC",
          "LOCATION", "LOC",
          "GPE", "LOC",
          "MISC", "MISC");

  private StanfordTeacherLabels() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3 && !(args.length == 4 && args[3].equals("--agree"))) {
      System.err.println(
          "usage: StanfordTeacherLabels MODEL.crf.ser.gz IN.conll OUT.conll [--agree]");
      System.exit(2);
    }
    CRFClassifier<CoreLabel> teacher = load(args[0]);
    boolean agreeOnly = args.length == 4;
    List<ConllDocument> documents = ConllReader.read(Path.of(args[1]));
    SpanScorer all = new SpanScorer();
    SpanScorer odd = new SpanScorer();
    int written = 0;
    int sentences = 0;
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      for (int d = 0; d < documents.size(); d++) {
        for (ConllSentence sentence : documents.get(d).sentences()) {
          List<String> tags = iob2(answers(teacher, sentence.tokens()));
          all.add(sentence.gold(), tags);
          if (DevSplit.isHeldOut(d)) {
            odd.add(sentence.gold(), tags);
          }
          sentences++;
          if (!agreeOnly || tags.equals(sentence.gold())) {
            write(out, sentence.tokens(), tags);
            written++;
          }
        }
      }
    }
    System.err.printf(Locale.ROOT, "%d of %d sentences written%n", written, sentences);
    System.err.print("teacher against the file's tags, all:\n" + all.report());
    System.err.print("odd 20-sentence blocks only:\n" + odd.report());
  }

  @SuppressWarnings("unchecked")
  private static CRFClassifier<CoreLabel> load(String model) {
    try {
      return (CRFClassifier<CoreLabel>) CRFClassifier.getClassifier(model);
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalArgumentException("cannot read " + model, e);
    }
  }

  /** The teacher's raw label for each token, the tokens given as they are. */
  private static List<String> answers(CRFClassifier<CoreLabel> teacher, List<String> tokens) {
    List<Word> words = tokens.stream().map(Word::new).toList();
    List<String> labels = new ArrayList<>(tokens.size());
    for (CoreLabel label : teacher.classifySentence(words)) {
      labels.add(label.get(CoreAnnotations.AnswerAnnotation.class));
    }
    return labels;
  }

  /**
   * Labels as IOB2 over PER, ORG, LOC, MISC: "I-PER", "B-LOC", "PERSON" and "O" alike; a type not
   * among the four is O. A span starts at a B- label or where the type changes.
   */
  static List<String> iob2(List<String> labels) {
    List<String> tags = new ArrayList<>(labels.size());
    String previous = null;
    for (String label : labels) {
      boolean begins = label.startsWith("B-");
      String type =
          TYPES.get(label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label);
      if (type == null) {
        tags.add("O");
      } else {
        tags.add((begins || !type.equals(previous) ? "B-" : "I-") + type);
      }
      previous = type;
    }
    return tags;
  }

  private static void write(PrintWriter out, List<String> tokens, List<String> tags) {
    for (int i = 0; i < tokens.size(); i++) {
      out.println(tokens.get(i) + " " + tags.get(i));
    }
    out.println();
  }
}
