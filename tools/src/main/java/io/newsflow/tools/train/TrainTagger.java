package io.newsflow.tools.train;

import io.newsflow.enrich.entities.BioDecoder;
import io.newsflow.enrich.entities.EntityModels;
import io.newsflow.enrich.entities.FeatureExtractor;
import io.newsflow.enrich.entities.FeatureOptions;
import io.newsflow.enrich.entities.FeatureVector;
import io.newsflow.enrich.entities.Gazetteer;
import io.newsflow.enrich.entities.Lexicon;
import io.newsflow.enrich.entities.ModelFile;
import io.newsflow.enrich.entities.NerTagger;
import io.newsflow.enrich.entities.PerceptronModel;
import io.newsflow.enrich.entities.TagSet;
import io.newsflow.enrich.entities.TokenScheme;
import io.newsflow.enrich.entities.WordClusters;
import io.newsflow.enrich.entities.WordEndings;
import io.newsflow.enrich.entities.conll.ConllDocument;
import io.newsflow.enrich.entities.conll.ConllReader;
import io.newsflow.enrich.entities.conll.ConllSentence;
import io.newsflow.enrich.entities.conll.DevSplit;
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
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Trains the tagger on a CoNLL training file, picks the epoch with the best span F1 on a dev file,
 * and writes the model. Deterministic: a fixed seed orders the documents of each epoch.
 *
 * <pre>
 * mvn -q -pl enrich -am compile
 * mvn -q -pl enrich dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx3g -cp enrich/target/classes:$(cat enrich/cp.txt) \
 *   io.newsflow.tools.train.TrainTagger \
 *   ../shared/datasets/conll2003/eng.train ../shared/datasets/conll2003/eng.testa \
 *   enrich/src/main/resources/io/newsflow/enrich/entities/ner-model.bin
 * </pre>
 *
 * <p>Training is stacked: the first-pass weights are trained on all documents; then, for each of
 * ten folds, a first pass trained without that fold tags it; the second-pass weights are trained on
 * those honest first-pass tags. Epoch counts are chosen on the dev file.
 *
 * <p>Gazetteer features are learned "jackknifed": each training document sees a gazetteer built
 * from the other folds only, so the model learns how far a gazetteer hit can be trusted for a name
 * it has not seen, as will be the case on new text.
 */
public final class TrainTagger {
  static final long SEED = 20030531L;
  static final int BITS = 21;
  static int bits = BITS;

  /**
   * Histories the decoder keeps per sentence ({@code --beam}); 1 (greedy) trains token by token as
   * every model before beam search, wider beams by structured updates per sentence.
   */
  static int beamWidth = 1;

  /**
   * Beam training updates at the most violated token instead of early ({@code --max-violation}).
   */
  static boolean maxViolation;

  /** Numbers of word classes to learn from the training text ({@code --clusters}); none if null. */
  static int[] clusterCounts;

  /**
   * Word classes learnt elsewhere, one "word TAB class" per line ({@code --cluster-file}): classes
   * from a large unlabelled corpus reach the names the training text never had.
   */
  static Path clusterFile;

  /** Words seen fewer times than this in the training text get no class. */
  static final int CLUSTER_MIN_COUNT = 2;

  /**
   * Perceptrons trained per stage, each on its own order of the documents ({@code --members}); the
   * model is the mean of their averaged weights: one table, so tagging costs what one model does.
   */
  static int members = 1;

  /**
   * Rows of features seen fewer times than this in the first epoch are zero in the model ({@code
   * --cut-off}; greedy training only); 0 or 1 keeps every row.
   */
  static int cutOff;

  /** Each member trains on a bootstrap sample of the documents ({@code --bootstrap}). */
  static boolean bootstrap;

  /** Seeds of members after the first: far apart, so their orders share nothing. */
  static final long MEMBER_SEED_STEP = 7_919L;

  static final int MAX_EPOCHS = 15;
  static final int PATIENCE = 3;
  static final int FOLDS = 10;

  private TrainTagger() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println(
          "usage: TrainTagger <train.conll> <dev.conll> <model.bin> [maxEpochs] [--language xx]"
              + " [--bits n] [--tokens WORDS|CHARACTERS|PORTUGUESE_CONTRACTIONS] [--hold-out]"
              + " [--names other-language.conll]... [--train-dev-half copies]"
              + " [--common-nouns] [--adjectives-not-names] [--beam width]"
              + " [--max-violation] [--clusters 32,128,512 | --cluster-file FILE] [--context] [--tune-on-train]"
              + " [--members n] [--bootstrap] [--cut-off n] [--aggregate] [--context-mates]"
              + " [--stems] [--stem-memory] [--topics]");
      System.exit(2);
    }
    int maxEpochs = MAX_EPOCHS;
    String language = "en";
    TokenScheme override = null;
    boolean holdOut = false;
    List<Path> nameFiles = new ArrayList<>();
    int devHalfCopies = 0;
    boolean commonNouns = false;
    boolean adjectivesNotNames = false;
    boolean context = false;
    boolean tuneOnTrain = false;
    boolean aggregate = false;
    boolean contextMates = false;
    boolean stems = false;
    boolean stemMemory = false;
    boolean topics = false;
    for (int a = 3; a < args.length; a++) {
      switch (args[a]) {
        case "--language" -> language = args[++a];
        case "--bits" -> bits = Integer.parseInt(args[++a]);
        case "--tokens" -> override = TokenScheme.valueOf(args[++a]);
        case "--hold-out" -> holdOut = true;
        case "--names" -> nameFiles.add(Path.of(args[++a]));
        case "--train-dev-half" -> devHalfCopies = Integer.parseInt(args[++a]);
        case "--common-nouns" -> commonNouns = true;
        case "--adjectives-not-names" -> adjectivesNotNames = true;
        case "--beam" -> beamWidth = Integer.parseInt(args[++a]);
        case "--max-violation" -> maxViolation = true;
        case "--context" -> context = true;
        case "--tune-on-train" -> tuneOnTrain = true;
        case "--aggregate" -> aggregate = true;
        case "--context-mates" -> contextMates = true;
        case "--stems" -> stems = true;
        case "--stem-memory" -> stemMemory = true;
        case "--topics" -> topics = true;
        case "--members" -> members = Integer.parseInt(args[++a]);
        case "--bootstrap" -> bootstrap = true;
        case "--cut-off" -> cutOff = Integer.parseInt(args[++a]);
        case "--cluster-file" -> clusterFile = Path.of(args[++a]);
        case "--clusters" ->
            clusterCounts =
                java.util.Arrays.stream(args[++a].split(",")).mapToInt(Integer::parseInt).toArray();
        default -> maxEpochs = Integer.parseInt(args[a]);
      }
    }
    String lang = language;
    TokenScheme scheme =
        override != null
            ? override
            : EntityModels.SHIPPED.stream()
                .filter(c -> c.language().equals(lang))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model card for " + lang))
                .tokens();
    long started = System.nanoTime();
    List<ConllDocument> source = ConllReader.read(Path.of(args[0]));
    List<ConllDocument> heldBack = new ArrayList<>();
    if (holdOut) {
      // A second test set the training never sees, not even for the epoch choice.
      List<ConllDocument> rest = new ArrayList<>();
      for (int d = 0; d < source.size(); d++) {
        (d % FOLDS == FOLDS - 1 ? heldBack : rest).add(source.get(d));
      }
      source = rest;
    }
    List<ConllDocument> devFile = ConllReader.read(Path.of(args[1]));
    folds = null;
    if (devHalfCopies > 0) {
      // In-domain data is scarce (German: GermEval dev is the only news data with its guidelines):
      // train on the dev file's even half, repeated to weigh against the larger out-of-domain
      // file, and tune on the odd half, which the evaluation command then scores alone.
      folds = new ArrayList<>();
      for (int d = 0; d < source.size(); d++) {
        folds.add(d % FOLDS);
      }
      List<ConllDocument> extended = new ArrayList<>(source);
      List<ConllDocument> half = DevSplit.trainingHalf(devFile);
      for (int copy = 0; copy < devHalfCopies; copy++) {
        for (int h = 0; h < half.size(); h++) {
          extended.add(half.get(h));
          folds.add(h % FOLDS); // copies share a fold: no fold's gazetteer holds its own names
        }
      }
      source = extended;
      devFile = DevSplit.heldOutHalf(devFile);
      System.err.printf(
          Locale.ROOT,
          "training on %d documents of the dev file's even half (%d copies), tuning on its odd"
              + " half (%d documents)%n",
          half.size(),
          devHalfCopies,
          devFile.size());
    }
    if (adjectivesNotNames) {
      source = withoutLowercaseMisc(source);
    }
    List<ConllDocument> train = toModelTokens(source, scheme);
    List<ConllDocument> dev = toModelTokens(devFile, scheme);
    Lexicon wordCounts = lexicon(train);
    IntFunction<Lexicon> lexicon = lexicons(source, train, scheme, commonNouns);
    foreignNames = foreignNames(nameFiles, wordCounts, hasMisc(train));
    maxNameTokens =
        scheme.features().characterWords() ? Gazetteer.MAX_CHARACTER_TOKENS : Gazetteer.MAX_TOKENS;
    FeatureOptions options =
        scheme
            .features()
            .withContext(context)
            .withAggregate(aggregate)
            .withContextMates(contextMates)
            .withStems(stems ? WordEndings.forLanguage(language) : WordEndings.NONE)
            .withStemMemory(stemMemory)
            .withTopics(topics);
    if (clusterCounts != null && clusterFile != null) {
      throw new IllegalArgumentException("--clusters and --cluster-file exclude each other");
    }
    if (clusterCounts != null) {
      // The training file's own text, labels unused: words in like contexts share a class.
      List<List<String>> text = new ArrayList<>();
      for (ConllDocument doc : train) {
        text.addAll(doc.tokens());
      }
      WordClusters clusters = WordClustering.cluster(text, CLUSTER_MIN_COUNT, clusterCounts, 20);
      System.err.printf(Locale.ROOT, "word classes for %d words%n", clusters.size());
      options = options.withClusters(clusters);
    }
    if (clusterFile != null) {
      WordClusters clusters = WordClusterFile.read(clusterFile);
      System.err.printf(
          Locale.ROOT, "word classes for %d words from %s%n", clusters.size(), clusterFile);
      options = options.withClusters(clusters);
    }
    int[] epochs = null;
    if (tuneOnTrain) {
      if (devHalfCopies > 0) {
        throw new IllegalArgumentException(
            "--tune-on-train and --train-dev-half exclude each other");
      }
      epochs = tuneOnTraining(source, scheme, maxEpochs, commonNouns, options);
    }
    NerTagger best = train(train, dev, maxEpochs, lexicon, options, epochs).tagger();
    if (holdOut) {
      SpanScorer scorer = new SpanScorer();
      for (ConllDocument doc : toModelTokens(heldBack, scheme)) {
        addTo(scorer, doc, best.tag(doc.tokens()));
      }
      System.err.printf(
          Locale.ROOT,
          "held-back tenth of the training file (%d documents, never trained or tuned on):%n%s",
          heldBack.size(),
          scorer.report());
    }
    try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
      ModelFile.write(best, out);
    }
    System.err.printf(
        Locale.ROOT,
        "wrote %s (%d bytes) in %.1f s%n",
        args[2],
        Files.size(Path.of(args[2])),
        (System.nanoTime() - started) / 1e9);
  }

  /**
   * The documents as the model's tokens with their gold tags (Chinese characters, joined Portuguese
   * contractions); dev scores during training are on model tokens, the evaluation command's on the
   * file's own tokens.
   */
  static List<ConllDocument> toModelTokens(List<ConllDocument> docs, TokenScheme scheme) {
    if (scheme == TokenScheme.WORDS) {
      return docs;
    }
    List<ConllDocument> out = new ArrayList<>(docs.size());
    for (ConllDocument doc : docs) {
      List<ConllSentence> sentences = new ArrayList<>();
      for (ConllSentence sentence : doc.sentences()) {
        TokenScheme.Mapped m = scheme.map(sentence.tokens(), sentence.gold());
        sentences.add(new ConllSentence(m.tokens(), m.tokens(), m.tags()));
      }
      out.add(new ConllDocument(doc.header(), sentences));
    }
    return out;
  }

  /** Per fold (-1: all documents), the lower-case counts the features see. */
  private static IntFunction<Lexicon> lexicons(
      List<ConllDocument> words,
      List<ConllDocument> trainDocs,
      TokenScheme scheme,
      boolean commonNouns) {
    Lexicon wordCounts = lexicon(trainDocs);
    return scheme.features().characterWords()
        ? fold -> wordLexicon(words, fold)
        : commonNouns ? fold -> lexiconWithNouns(trainDocs, fold) : fold -> wordCounts;
  }

  /**
   * The epoch counts of both passes chosen on a tenth of the training file ({@code
   * --tune-on-train}): the other nine tenths train, every tenth document from the ninth on tunes.
   * The model is then trained on all documents for those epochs, and the dev file is only reported,
   * never chosen on: the figure it gives is then one for unseen text.
   */
  private static int[] tuneOnTraining(
      List<ConllDocument> source,
      TokenScheme scheme,
      int maxEpochs,
      boolean commonNouns,
      FeatureOptions options) {
    List<ConllDocument> fit = new ArrayList<>();
    List<ConllDocument> tune = new ArrayList<>();
    for (int d = 0; d < source.size(); d++) {
      (d % FOLDS == TUNING_FOLD ? tune : fit).add(source.get(d));
    }
    System.err.printf(
        Locale.ROOT,
        "choosing epochs on a tenth of the training file (%d documents, %d left to train)%n",
        tune.size(),
        fit.size());
    List<ConllDocument> fitTokens = toModelTokens(fit, scheme);
    Trained tuned =
        train(
            fitTokens,
            toModelTokens(tune, scheme),
            maxEpochs,
            lexicons(fit, fitTokens, scheme, commonNouns),
            options,
            null);
    System.err.printf(
        Locale.ROOT,
        "training on all documents: %d first-pass and %d second-pass epochs%n",
        tuned.firstEpochs(),
        tuned.secondEpochs());
    return new int[] {tuned.firstEpochs(), tuned.secondEpochs()};
  }

  /** The tenth of the training documents that tunes with {@code --tune-on-train}. */
  static final int TUNING_FOLD = FOLDS - 2;

  /** A trained tagger and the epochs of each pass. */
  record Trained(NerTagger tagger, int firstEpochs, int secondEpochs) {}

  /**
   * Trains both passes; with {@code epochs} null each pass keeps its best epoch on {@code dev},
   * else it trains exactly {@code epochs[0]} and {@code epochs[1]} epochs and dev is only reported.
   */
  static Trained train(
      List<ConllDocument> train,
      List<ConllDocument> dev,
      int maxEpochs,
      IntFunction<Lexicon> lexicon,
      FeatureOptions options,
      int[] epochs) {
    Gazetteer full = gazetteer(train, -1);
    List<BioDecoder> foldDecoders = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      foldDecoders.add(
          new BioDecoder(
              new FeatureExtractor(gazetteer(train, fold), lexicon.apply(fold), options),
              bits,
              beamWidth));
    }
    Lexicon fullLexicon = lexicon.apply(-1);
    BioDecoder devDecoder =
        new BioDecoder(new FeatureExtractor(full, fullLexicon, options), bits, beamWidth);
    System.err.printf(
        Locale.ROOT,
        "%d train documents, %d dev documents, gazetteer %d names%n",
        train.size(),
        dev.size(),
        full.size());
    List<Integer> all = range(train.size());

    System.err.println("first pass, all documents:");
    Function<PerceptronModel, Double> firstDev =
        model -> score(dev, doc -> devDecoder.firstPass(doc.tokens(), model, null));
    Stage first =
        trainStage(
            all,
            epochs == null ? maxEpochs : epochs[0],
            (d, p, listener) ->
                foldDecoders.get(foldOf(d)).firstPass(train.get(d).tokens(), p, listener),
            epochs == null ? firstDev : null,
            train);
    if (epochs != null) {
      System.err.printf(
          Locale.ROOT, "  dev F1 %.4f (reported only)%n", firstDev.apply(first.model));
    }

    System.err.printf(Locale.ROOT, "first pass on held-out folds (%d epochs each)%n", first.epochs);
    List<List<int[]>> firstTags = heldOutFirstPass(train, foldDecoders, first.epochs);

    System.err.println("second pass, all documents:");
    Function<PerceptronModel, Double> secondDev =
        model -> score(dev, doc -> devDecoder.decode(doc.tokens(), first.model, model));
    Stage second =
        trainStage(
            all,
            epochs == null ? maxEpochs : epochs[1],
            (d, p, listener) ->
                foldDecoders
                    .get(foldOf(d))
                    .secondPass(train.get(d).tokens(), firstTags.get(d), p, listener),
            epochs == null ? secondDev : null,
            train);
    if (epochs != null) {
      System.err.printf(
          Locale.ROOT, "  dev F1 %.4f (reported only)%n", secondDev.apply(second.model));
    }
    return new Trained(
        new NerTagger(full, fullLexicon, first.model, second.model, options, beamWidth),
        first.epochs,
        second.epochs);
  }

  /**
   * First-pass tags of each training document from a model that never saw that document, so the
   * second pass learns how far first-pass tags can be trusted on new text (on its own training
   * documents the first pass is nearly always right).
   */
  private static List<List<int[]>> heldOutFirstPass(
      List<ConllDocument> train, List<BioDecoder> foldDecoders, int epochs) {
    List<List<int[]>> tags = new ArrayList<>(Collections.nCopies(train.size(), null));
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Integer> others = new ArrayList<>();
      for (int d = 0; d < train.size(); d++) {
        if (foldOf(d) != fold) {
          others.add(d);
        }
      }
      Stage stage =
          trainStage(
              others,
              epochs,
              (d, p, listener) ->
                  foldDecoders.get(foldOf(d)).firstPass(train.get(d).tokens(), p, listener),
              null,
              train);
      for (int d = 0; d < train.size(); d++) {
        if (foldOf(d) == fold) {
          tags.set(d, foldDecoders.get(fold).firstPass(train.get(d).tokens(), stage.model, null));
        }
      }
    }
    return tags;
  }

  /** Runs one decoding pass over training document d, reporting each step to the listener. */
  private interface TrainingPass {
    void run(int document, AveragedPerceptron perceptron, BioDecoder.StepListener listener);
  }

  private record Stage(PerceptronModel model, int epochs) {}

  /**
   * Trains one pass's weights over the given documents. With a dev scorer, keeps the epoch with the
   * best dev F1 and stops after {@link #PATIENCE} epochs without gain; without, runs all.
   */
  private static Stage trainStage(
      List<Integer> documents,
      int maxEpochs,
      TrainingPass pass,
      Function<PerceptronModel, Double> devF1,
      List<ConllDocument> train) {
    // Each member sees the documents in its own order (member 0 in the order a single model
    // always had); the stage's weights are the mean of the members' averaged weights.
    List<AveragedPerceptron> ensemble = new ArrayList<>();
    List<List<Integer>> orders = new ArrayList<>();
    List<Random> randoms = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      ensemble.add(new AveragedPerceptron(bits, m == 0 && cutOff > 1));
      Random random = new Random(SEED + MEMBER_SEED_STEP * m);
      orders.add(bootstrap ? resample(documents, random) : new ArrayList<>(documents));
      randoms.add(random);
    }
    Stage best = null;
    double bestF1 = -1;
    int sinceBest = 0;
    int[] previous = {TagSet.O};
    for (int epoch = 1; epoch <= maxEpochs && sinceBest < PATIENCE; epoch++) {
      long t0 = System.nanoTime();
      // Member 0's first epoch counts the features (all members see the same documents' features
      // up to the history, unless bootstrapped).
      ensemble.get(0).counting(epoch == 1);
      for (int m = 0; m < members; m++) {
        AveragedPerceptron perceptron = ensemble.get(m);
        List<Integer> order = orders.get(m);
        Collections.shuffle(order, randoms.get(m));
        for (int d : order) {
          List<ConllSentence> sentences = train.get(d).sentences();
          pass.run(
              d,
              perceptron,
              beamWidth > 1
                  ? beamTrainer(sentences, perceptron)
                  : (features, predicted, s, i) -> {
                    int gold = TagSet.parse(sentences.get(s).gold().get(i));
                    int before = i == 0 ? TagSet.O : previous[0];
                    perceptron.update(features, target(before, gold, predicted), predicted);
                    previous[0] = predicted;
                  });
        }
      }
      if (devF1 == null) {
        continue;
      }
      PerceptronModel averaged = AveragedPerceptron.mean(ensemble, cutOff);
      double f1 = devF1.apply(averaged);
      System.err.printf(
          Locale.ROOT,
          "  epoch %2d  dev F1 %.4f  (%.1f s)%n",
          epoch,
          f1,
          (System.nanoTime() - t0) / 1e9);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = new Stage(averaged, epoch);
        sinceBest = 0;
      } else {
        sinceBest++;
      }
    }
    if (devF1 == null) {
      return new Stage(AveragedPerceptron.mean(ensemble, cutOff), maxEpochs);
    }
    System.err.printf(Locale.ROOT, "  best dev F1 %.4f at epoch %d%n", bestF1, best.epochs);
    return best;
  }

  /** A bootstrap sample of the documents: as many, drawn with replacement. */
  static List<Integer> resample(List<Integer> documents, Random random) {
    List<Integer> sample = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      sample.add(documents.get(random.nextInt(documents.size())));
    }
    return sample;
  }

  /** Structured updates for the beam decoder: gold tags per sentence, one averaging step each. */
  private static BioDecoder.StepListener beamTrainer(
      List<ConllSentence> sentences, AveragedPerceptron perceptron) {
    return new BioDecoder.StepListener() {
      @Override
      public void onStep(FeatureVector features, int predicted, int s, int i) {}

      @Override
      public int[] gold(int sentence) {
        List<String> tags = sentences.get(sentence).gold();
        int[] gold = new int[tags.size()];
        for (int i = 0; i < gold.length; i++) {
          gold[i] = TagSet.parse(tags.get(i));
        }
        return gold;
      }

      @Override
      public void update(FeatureVector features, int tag, float delta) {
        perceptron.add(features, tag, delta);
      }

      @Override
      public boolean maxViolation() {
        return maxViolation;
      }

      @Override
      public void endSentence() {
        perceptron.step();
      }
    };
  }

  /**
   * The tag a training step rewards: the gold tag, unless the decoder may not choose it after the
   * tag it chose before (I-X after a missed B-X); then the prediction, so no update. Rewarding it
   * would teach "I-X after O" to features that never get to use it: a name of several tokens, as
   * Chinese characters make every name, lost most of its updates that way (the character tagger's
   * first pass: dev F1 0.30 with them, 0.51 without).
   */
  static int target(int previous, int gold, int predicted) {
    return TagSet.allowed(previous, gold) ? gold : predicted;
  }

  private static List<Integer> range(int n) {
    List<Integer> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(i);
    }
    return list;
  }

  /** Span F1 of the tags a tagging function gives each dev document. */
  private static double score(
      List<ConllDocument> docs, Function<ConllDocument, List<int[]>> tagger) {
    SpanScorer scorer = new SpanScorer();
    for (ConllDocument doc : docs) {
      addTo(scorer, doc, tagger.apply(doc));
    }
    return scorer.f1();
  }

  private static void addTo(SpanScorer scorer, ConllDocument doc, List<int[]> tags) {
    for (int s = 0; s < tags.size(); s++) {
      List<String> predicted = new ArrayList<>();
      for (int tag : tags.get(s)) {
        predicted.add(TagSet.name(tag));
      }
      scorer.add(doc.sentences().get(s).gold(), predicted);
    }
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

  /**
   * The documents with every one-word MISC written in lower case made O: GermEval tags derived
   * adjectives ("deutschen", "französische") MISC, but a reader marks no adjective as a name, and a
   * model that learns them also cuts "Deutsche" out of "Der Deutsche Wetterdienst".
   */
  static List<ConllDocument> withoutLowercaseMisc(List<ConllDocument> docs) {
    List<ConllDocument> out = new ArrayList<>(docs.size());
    for (ConllDocument doc : docs) {
      List<ConllSentence> sentences = new ArrayList<>();
      for (ConllSentence sentence : doc.sentences()) {
        List<String> tags = new ArrayList<>(sentence.gold());
        for (Span span : Span.fromTags(sentence.gold())) {
          String word = sentence.tokens().get(span.start());
          if (span.type().equals("MISC")
              && span.end() - span.start() == 1
              && Character.isLowerCase(word.charAt(0))) {
            tags.set(span.start(), "O");
          }
        }
        sentences.add(new ConllSentence(sentence.lines(), sentence.tokens(), tags));
      }
      out.add(new ConllDocument(doc.header(), sentences));
    }
    return out;
  }

  /**
   * For a language that capitalises every noun (German): the lower-case counts plus the capitalised
   * words tagged O inside a sentence, so "Zutaten" counts as a common word like "the" and an unseen
   * "Merkel" stands out as in English. Sentence-initial words say nothing either way. Jackknifed
   * like the gazetteer: a training document's own nouns are not counted for it, else every noun of
   * the training text looks known and every unknown word a name.
   */
  static Lexicon lexiconWithNouns(List<ConllDocument> docs, int heldOutFold) {
    Map<String, Integer> counts = new HashMap<>(lexicon(docs).lowercaseCounts());
    for (int d = 0; d < docs.size(); d++) {
      if (foldOf(d) == heldOutFold) {
        continue;
      }
      for (ConllSentence sentence : docs.get(d).sentences()) {
        List<String> tokens = sentence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
          String token = tokens.get(i);
          if (Character.isUpperCase(token.charAt(0)) && sentence.gold().get(i).equals("O")) {
            counts.merge(token.toLowerCase(Locale.ROOT), 1, Integer::sum);
          }
        }
      }
    }
    return new Lexicon(counts);
  }

  /**
   * The common words (two or more characters, outside any name) of the training data's own
   * segmentation, for a character tagger: new text has no segmentation, so the model sees which
   * known words begin or end at each character. Names are left out (every training name would be a
   * known word in training, an unseen name on new text is not), and the words are jackknifed like
   * the gazetteer ({@code heldOutFold}, -1 for all documents): otherwise a training document's own
   * rare words would always be known.
   */
  static Lexicon wordLexicon(List<ConllDocument> docs, int heldOutFold) {
    Map<String, Integer> counts = new HashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      if (foldOf(d) == heldOutFold) {
        continue;
      }
      for (ConllSentence sentence : docs.get(d).sentences()) {
        for (int i = 0; i < sentence.tokens().size(); i++) {
          String token = sentence.tokens().get(i);
          if (sentence.gold().get(i).equals("O") && token.codePointCount(0, token.length()) >= 2) {
            counts.merge(token.toLowerCase(Locale.ROOT), 1, Integer::sum);
          }
        }
      }
    }
    return new Lexicon(counts);
  }

  /**
   * Names from the training files of other languages ({@code --names}), given to every fold alike:
   * names travel across languages ("USA", "Siemens", a footballer), and the target language's own
   * data is too small to hold most of the names its news mentions. None of it is the target's own
   * training text, so no fold needs to be held out of it.
   */
  static List<String[]> foreignNames = List.of();

  /** Longest name kept in the gazetteer, in model tokens (characters for a character tagger). */
  static int maxNameTokens = Gazetteer.MAX_TOKENS;

  /** The names of the files and their types; single words seen in lower case here are skipped. */
  static List<String[]> foreignNames(List<Path> files, Lexicon ownLowercase, boolean withMisc)
      throws IOException {
    List<String[]> names = new ArrayList<>();
    for (Path file : files) {
      int before = names.size();
      for (ConllDocument doc : ConllReader.read(file)) {
        for (ConllSentence sentence : doc.sentences()) {
          List<String> tokens = sentence.tokens();
          for (Span span : Span.fromTags(sentence.gold())) {
            if (!withMisc && span.type().equals("MISC")) {
              continue;
            }
            // A foreign name that is a common word here ("die", "a") would fire on every sentence.
            String first = tokens.get(span.start());
            if (span.end() - span.start() == 1
                && (first.length() < 2
                    || ownLowercase.lowercaseCount(first.toLowerCase(Locale.ROOT)) > 0)) {
              continue;
            }
            String[] name = new String[span.end() - span.start() + 1];
            for (int i = span.start(); i < span.end(); i++) {
              name[i - span.start()] = tokens.get(i);
            }
            name[name.length - 1] = span.type();
            names.add(name);
          }
        }
      }
      System.err.printf(Locale.ROOT, "names from %s: %d%n", file, names.size() - before);
    }
    return names;
  }

  private static boolean hasMisc(List<ConllDocument> docs) {
    for (ConllDocument doc : docs) {
      for (ConllSentence sentence : doc.sentences()) {
        if (sentence.gold().contains("B-MISC")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Entity names of all documents not in {@code heldOutFold} (-1: all documents), with the {@link
   * #foreignNames}.
   */
  static Gazetteer gazetteer(List<ConllDocument> docs, int heldOutFold) {
    Gazetteer.Builder builder = new Gazetteer.Builder(maxNameTokens);
    for (String[] name : foreignNames) {
      builder.add(name, 0, name.length - 1, typeIndex(name[name.length - 1]));
    }
    for (int d = 0; d < docs.size(); d++) {
      if (foldOf(d) == heldOutFold) {
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

  /**
   * The fold of each training document when they are not simply d % FOLDS (repeated documents keep
   * their original's fold); null otherwise.
   */
  static List<Integer> folds;

  static int foldOf(int document) {
    return folds == null ? document % FOLDS : folds.get(document);
  }

  private static int typeIndex(String type) {
    return TagSet.TYPES.indexOf(type) + 1;
  }
}
