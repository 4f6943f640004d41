package io.newsflow.enrich.entities.train;

import io.newsflow.enrich.entities.BioDecoder;
import io.newsflow.enrich.entities.FeatureExtractor;
import io.newsflow.enrich.entities.Gazetteer;
import io.newsflow.enrich.entities.Lexicon;
import io.newsflow.enrich.entities.ModelFile;
import io.newsflow.enrich.entities.NerTagger;
import io.newsflow.enrich.entities.PerceptronModel;
import io.newsflow.enrich.entities.TagSet;
import io.newsflow.enrich.entities.conll.ConllDocument;
import io.newsflow.enrich.entities.conll.ConllReader;
import io.newsflow.enrich.entities.conll.ConllSentence;
import io.newsflow.enrich.entities.conll.Span;
import io.newsflow.enrich.entities.conll.SpanScorer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trains the tagger on a CoNLL training file, picks the epoch with the best span F1 on a dev file,
 * and writes the model. Deterministic: a fixed seed orders the documents of each epoch.
 *
 * <pre>
 * mvn -q -pl enrich -am compile
 * mvn -q -pl enrich dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx3g -cp enrich/target/classes:$(cat enrich/cp.txt) \
 *   io.newsflow.enrich.entities.train.TrainTagger \
 *   ../shared/datasets/conll2003/eng.train ../shared/datasets/conll2003/eng.testa \
 *   enrich/src/main/resources/io/newsflow/enrich/entities/ner-model.bin
 * </pre>
 *
 * <p>Gazetteer features are learned "jackknifed": each training document sees a gazetteer built
 * from the other folds only, so the model learns how far a gazetteer hit can be trusted for a
 * name it has not seen, as will be the case on new text.
 */
public final class TrainTagger {
  static final long SEED = 20030531L;
  static final int BITS = 21;
  static final int MAX_EPOCHS = 15;
  static final int PATIENCE = 3;
  static final int FOLDS = 10;

  private TrainTagger() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: TrainTagger <train.conll> <dev.conll> <model.bin> [maxEpochs]");
      System.exit(2);
    }
    int maxEpochs = args.length > 3 ? Integer.parseInt(args[3]) : MAX_EPOCHS;
    long started = System.nanoTime();
    List<ConllDocument> train = ConllReader.read(Path.of(args[0]));
    List<ConllDocument> dev = ConllReader.read(Path.of(args[1]));
    NerTagger best = train(train, dev, maxEpochs);
    try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
      ModelFile.write(best, out);
    }
    System.err.printf(Locale.ROOT, "wrote %s (%d bytes) in %.1f s%n",
        args[2], Files.size(Path.of(args[2])), (System.nanoTime() - started) / 1e9);
  }

  static NerTagger train(List<ConllDocument> train, List<ConllDocument> dev, int maxEpochs) {
    Lexicon lexicon = lexicon(train);
    Gazetteer full = gazetteer(train, -1);
    List<BioDecoder> foldDecoders = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      foldDecoders.add(new BioDecoder(new FeatureExtractor(gazetteer(train, fold), lexicon), BITS));
    }
    System.err.printf(Locale.ROOT, "%d train documents, %d dev documents, gazetteer %d names%n",
        train.size(), dev.size(), full.size());

    AveragedPerceptron perceptron = new AveragedPerceptron(BITS);
    List<Integer> order = new ArrayList<>();
    for (int d = 0; d < train.size(); d++) {
      order.add(d);
    }
    Random random = new Random(SEED);
    NerTagger best = null;
    double bestF1 = -1;
    int sinceBest = 0;
    for (int epoch = 1; epoch <= maxEpochs && sinceBest < PATIENCE; epoch++) {
      long t0 = System.nanoTime();
      Collections.shuffle(order, random);
      for (int d : order) {
        trainDocument(train.get(d), foldDecoders.get(d % FOLDS), perceptron);
      }
      PerceptronModel averaged = perceptron.averaged();
      NerTagger tagger = new NerTagger(full, lexicon, averaged);
      double f1 = evaluate(tagger, dev).f1();
      System.err.printf(Locale.ROOT, "epoch %2d  dev F1 %.4f  (%.1f s)%n",
          epoch, f1, (System.nanoTime() - t0) / 1e9);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = tagger;
        sinceBest = 0;
      } else {
        sinceBest++;
      }
    }
    System.err.printf(Locale.ROOT, "best dev F1 %.4f%n", bestF1);
    return best;
  }

  private static void trainDocument(
      ConllDocument doc, BioDecoder decoder, AveragedPerceptron perceptron) {
    List<ConllSentence> sentences = doc.sentences();
    decoder.decode(doc.tokens(), perceptron, (features, predicted, s, i) ->
        perceptron.update(features, TagSet.parse(sentences.get(s).gold().get(i)), predicted));
  }

  static SpanScorer evaluate(NerTagger tagger, List<ConllDocument> docs) {
    SpanScorer scorer = new SpanScorer();
    for (ConllDocument doc : docs) {
      List<int[]> tags = tagger.tag(doc.tokens());
      for (int s = 0; s < tags.size(); s++) {
        List<String> predicted = new ArrayList<>();
        for (int tag : tags.get(s)) {
          predicted.add(TagSet.name(tag));
        }
        scorer.add(doc.sentences().get(s).gold(), predicted);
      }
    }
    return scorer;
  }

  /** Counts of each word seen in lower case: capitalised-only words are likely names. */
  static Lexicon lexicon(List<ConllDocument> docs) {
    Map<String, Integer> counts = new HashMap<>();
    for (ConllDocument doc : docs) {
      for (ConllSentence sentence : doc.sentences()) {
        for (String token : sentence.tokens()) {
          if (Character.isLowerCase(token.charAt(0))) {
            counts.merge(token, 1, Integer::sum);
          }
        }
      }
    }
    return new Lexicon(counts);
  }

  /** Entity names of all documents not in {@code heldOutFold} (-1: all documents). */
  static Gazetteer gazetteer(List<ConllDocument> docs, int heldOutFold) {
    Gazetteer.Builder builder = new Gazetteer.Builder();
    for (int d = 0; d < docs.size(); d++) {
      if (d % FOLDS == heldOutFold) {
        continue;
      }
      for (ConllSentence sentence : docs.get(d).sentences()) {
        String[] tokens = sentence.tokens().toArray(String[]::new);
        for (Span span : Span.fromTags(sentence.gold())) {
          builder.add(tokens, span.start(), span.end(), typeIndex(span.type()));
        }
      }
    }
    return builder.build();
  }

  private static int typeIndex(String type) {
    return TagSet.TYPES.indexOf(type) + 1;
  }
}
