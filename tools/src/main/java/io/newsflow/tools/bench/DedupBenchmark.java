package io.newsflow.tools.bench;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.dedup.ArticleKeys;
import io.newsflow.enrich.dedup.DedupIndex;
import io.newsflow.enrich.dedup.DedupInput;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.dedup.Signature;
import io.newsflow.enrich.dedup.SortedStore;
import io.newsflow.enrich.page.EnrichResult;
import io.newsflow.enrich.page.PageEnricher;
import io.newsflow.schema.Article;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.Topics;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What dedup adds per article, against what the page step costs per page, on one thread: the enrich
 * step (parse, extract, language, entities) of each page, then the dedup work of its article (the
 * Avro round trip of the sequence topic, the signature, the index lookups and writes) on an index
 * already holding {@code N} articles (default 100,000, made of the pages' sentences shuffled, so
 * the postings are as full as after a busy week). Prints both per article, their ratio, and the
 * bytes of state (keys and values, as written to the stores and their changelogs) per 100,000
 * articles.
 *
 * <pre>
 * java -cp app/target/newsflow.jar:tools/target/newsflow-tools.jar io.newsflow.tools.bench.DedupBenchmark DIR [N]
 * </pre>
 *
 * DIR holds .html files, or folders with a source.html each (the Readability test pages).
 */
public final class DedupBenchmark {
  private static final int ROUNDS = 5;

  private DedupBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: DedupBenchmark DIR [N]");
      System.exit(2);
    }
    int held = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    List<RawPage> pages = pages(Path.of(args[0]));
    PageEnricher enricher =
        PageEnricher.withDefaults(EnrichConfig.defaults(Path.of("unused")), Clock.systemUTC());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Article> articles = new ArrayList<>();
    for (RawPage p : pages) { // warm-up, and the articles
      if (enricher.enrich(p, ref(p)) instanceof EnrichResult.Enriched e) {
        articles.add(e.article());
      }
    }
    long enrichCpu = 0;
    for (int r = 0; r < ROUNDS; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      for (RawPage p : pages) {
        enricher.enrich(p, ref(p));
      }
      enrichCpu += threads.getCurrentThreadCpuTime() - c0;
    }
    double enrichMicros = enrichCpu / 1e3 / ROUNDS / pages.size();

    CountingStore articleStore = new CountingStore(SortedStore.inMemory());
    CountingStore indexStore = new CountingStore(SortedStore.inMemory());
    DedupIndex index = new DedupIndex(articleStore, indexStore, DedupSettings.defaults());
    List<String> sentences = new ArrayList<>();
    for (Article a : articles) {
      sentences.addAll(List.of(a.getText().split("(?<=[.!?])\\s+")));
    }
    Random random = new Random(16);
    long seq = 0;
    long time = Instant.parse("2025-05-01T00:00:00Z").toEpochMilli();
    List<String> vocabulary = new ArrayList<>();
    for (String sentence : sentences) {
      vocabulary.addAll(List.of(sentence.split(" ")));
    }
    for (int i = 0; i < held; i++, seq++) {
      // The pages' sentences with a third of their words swapped for others of the pages (drawn
      // by frequency): common phrases stay, but no two fillers share whole sentences, as
      // different articles do not.
      StringBuilder text = new StringBuilder();
      for (int s = 8 + random.nextInt(10); s > 0; s--) {
        for (String w : sentences.get(random.nextInt(sentences.size())).split(" ")) {
          text.append(
                  random.nextInt(3) == 0 ? vocabulary.get(random.nextInt(vocabulary.size())) : w)
              .append(' ');
        }
      }
      Article like = articles.get(random.nextInt(articles.size()));
      index.add(
          new DedupInput(
              "filler-" + i,
              seq,
              time + i,
              time + i,
              Signature.of(text.toString()),
              ArticleKeys.salientEntities(like)));
    }
    long stateBytes = articleStore.bytes + indexStore.bytes;
    long stateEntries = articleStore.entries + indexStore.entries;

    long dedupCpu = 0;
    for (int r = 0; r < ROUNDS; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      for (Article a : articles) {
        // the hop through the sequence topic: encode, then decode on the other side
        Article hop = Topics.ARTICLE_SERDE.decode(Topics.ARTICLE_SERDE.encode(a));
        var d = index.add(ArticleKeys.input(hop, seq++, time + seq));
        Topics.ARTICLE_SERDE.encode(ArticleKeys.decided(hop, d)); // the decided article, again
      }
      dedupCpu += threads.getCurrentThreadCpuTime() - c0;
    }
    double dedupMicros = dedupCpu / 1e3 / ROUNDS / articles.size();
    System.out.printf(
        Locale.ROOT,
        "%d pages, %d articles; index holding %,d articles; %d rounds, 1 thread, CPU time%n"
            + "enrich (page step):  %8.1f us per page%n"
            + "dedup (added):       %8.1f us per article (Avro round trip, signature, index)%n"
            + "added cost:          %8.1f %% of the page step%n"
            + "state: %,d entries, %.1f MB of keys and values per 100k articles"
            + " (stores and changelogs, before compression)%n",
        pages.size(),
        articles.size(),
        held,
        ROUNDS,
        enrichMicros,
        dedupMicros,
        100 * dedupMicros / enrichMicros,
        stateEntries,
        stateBytes / 1e6 * 100_000 / held);
  }

  private static RawPageRef ref(RawPage p) {
    return new RawPageRef("bench", 0, 0L, p.getRequestedUrl(), p.getFetchedAt());
  }

  private static List<RawPage> pages(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.map(p -> Files.isDirectory(p) ? p.resolve("source.html") : p)
              .filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".html"))
              .sorted()
              .toList();
    }
    List<RawPage> out = new ArrayList<>();
    for (Path f : files) {
      String url = "https://bench.example/" + f.getParent().getFileName() + "/" + f.getFileName();
      out.add(
          RawPage.newBuilder()
              .setRequestedUrl(url)
              .setFinalUrl(url)
              .setFetchedAt(Instant.now())
              .setHttpStatus(200)
              .setContentType("text/html")
              .setHeaders(Map.of())
              .setBody(ByteBuffer.wrap(Files.readAllBytes(f)))
              .setSourceKind(SourceKind.FILE)
              .build());
    }
    return out;
  }

  /** Counts the live bytes and entries of a store (what RocksDB and the changelog hold). */
  private static final class CountingStore implements SortedStore {
    private final SortedStore store;
    long bytes;
    long entries;

    CountingStore(SortedStore store) {
      this.store = store;
    }

    @Override
    public byte[] get(byte[] key) {
      return store.get(key);
    }

    @Override
    public void put(byte[] key, byte[] value) {
      byte[] old = store.get(key);
      if (old != null) {
        bytes -= key.length + old.length;
        entries--;
      }
      store.put(key, value);
      bytes += key.length + value.length;
      entries++;
    }

    @Override
    public void delete(byte[] key) {
      byte[] old = store.get(key);
      if (old != null) {
        bytes -= key.length + old.length;
        entries--;
      }
      store.delete(key);
    }

    @Override
    public List<byte[]> lastKeys(byte[] prefix, int limit) {
      return store.lastKeys(prefix, limit);
    }

    @Override
    public void forEachFromFirst(Predicate<Map.Entry<byte[], byte[]>> visitor) {
      store.forEachFromFirst(visitor);
    }

    @Override
    public long approximateEntries() {
      return store.approximateEntries();
    }
  }
}
