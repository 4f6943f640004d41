package io.newsflow.tools.train;

import io.newsflow.enrich.entities.AliasTable;
import io.newsflow.enrich.entities.CanonicalEntity;
import io.newsflow.enrich.entities.ChineseWords;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.entities.ModelCard;
import io.newsflow.enrich.entities.ModelFile;
import io.newsflow.enrich.entities.NerTagger;
import io.newsflow.enrich.entities.TokenScheme;
import io.newsflow.enrich.entities.Tokenizer;
import io.newsflow.enrich.entities.conll.ConllDocument;
import io.newsflow.enrich.entities.conll.ConllEvaluation;
import io.newsflow.enrich.entities.conll.ConllReader;
import io.newsflow.enrich.entities.conll.ConllSentence;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks a Chinese character model must pass before it ships, on a trained model file that is
 * not (yet) in the jar: HanLP's load time and heap, the dev scores of the {@code ner} command's
 * scorer, tagging speed per CPU second, and the written pages of {@code EntityPagesTest} (returned
 * names that are no marked name, marked names found).
 *
 * <pre>
 * java -cp app/target/newsflow.jar:tools/target/newsflow-tools.jar:HANLP_JAR \
 *   io.newsflow.tools.train.ChineseModelCheck zh.bin ../shared/datasets/ner-multilingual/zh/dev.conll \
 *   enrich/src/test/resources/io/newsflow/enrich/page/pages-zh.txt
 * </pre>
 */
public final class ChineseModelCheck {
  private ChineseModelCheck() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ChineseModelCheck <model.bin> <dev.conll> <pages-zh.txt>");
      System.exit(2);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    long cpu = threads.getCurrentThreadCpuTime();
    long clock = System.nanoTime();
    ChineseWords.of("北京");
    System.gc();
    System.out.printf(
        Locale.ROOT,
        "HanLP loaded in %.2f s (%.2f s CPU of this thread), %.1f MB of heap%n",
        (System.nanoTime() - clock) / 1e9,
        (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
        (runtime.totalMemory() - runtime.freeMemory() - heapBefore) / 1e6);
    NerTagger tagger;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      tagger = ModelFile.read(in).withOptions(TokenScheme.CHARACTERS.features());
    }
    Path dev = Path.of(args[1]);
    System.out.print(ConllEvaluation.evaluate(tagger, TokenScheme.CHARACTERS, dev, null).report());
    speed(tagger, dev, threads);
    pages(tagger, Path.of(args[2]));
  }

  private static void speed(NerTagger tagger, Path dev, ThreadMXBean threads) throws IOException {
    List<List<List<String>>> documents = new ArrayList<>();
    long characters = 0;
    long words = 0;
    for (ConllDocument doc : ConllReader.read(dev)) {
      List<List<String>> sentences = new ArrayList<>();
      for (ConllSentence sentence : doc.sentences()) {
        TokenScheme.Mapped m = TokenScheme.CHARACTERS.map(sentence.tokens(), sentence.gold());
        sentences.add(m.tokens());
        characters += m.tokens().size();
        words += sentence.tokens().size();
      }
      documents.add(sentences);
    }
    for (int round = 1; round <= 5; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      for (List<List<String>> doc : documents) {
        tagger.tag(doc);
      }
      double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "round %d: %,.0f characters (%,.0f words) per CPU second%n",
          round,
          characters / seconds,
          words / seconds);
    }
  }

  /** The page file's format: "## title", paragraphs, "@ name | name" (EntityPagesTest). */
  private static void pages(NerTagger tagger, Path file) throws IOException {
    EntityRecognizer recognizer =
        new EntityRecognizer(
            Tokenizer.loadDefault(),
            tagger,
            AliasTable.loadDefault(),
            new ModelCard("zh", "zh-check", "unused", TokenScheme.CHARACTERS));
    String title = null;
    List<String> paragraphs = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    int marked = 0;
    int found = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        title = line.substring(3).strip();
        paragraphs = new ArrayList<>();
      } else if (line.startsWith("@")) {
        List<String> expected = new ArrayList<>();
        for (String name : line.substring(1).split("\\|")) {
          if (!name.isBlank()) {
            expected.add(name.strip());
          }
        }
        String text = title + "\n\n" + String.join("\n\n", paragraphs);
        List<String> names =
            recognizer.recognize(text).stream().map(CanonicalEntity::name).toList();
        for (String name : names) {
          // Boundary slips ("上海" of "上海申通地铁集团") are not wrong names; a common noun is.
          if (expected.stream().noneMatch(e -> e.contains(name) || name.contains(e))) {
            wrong.add(name + " (" + title + ")");
          }
        }
        for (String e : expected) {
          marked++;
          found +=
              names.stream().anyMatch(n -> n.contains(e) || (n.length() >= 2 && e.contains(n)))
                  ? 1
                  : 0;
        }
      } else if (!line.isBlank() && !line.startsWith("#")) {
        paragraphs.add(line.strip());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "pages: %d of %d marked names found; %d names that are no marked name: %s%n",
        found,
        marked,
        wrong.size(),
        wrong);
  }
}
