package io.newsflow.enrich.dedup;

import io.newsflow.enrich.SharedFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A generated evaluation corpus for copy detection, made at test time from the sentences of the
 * development datasets (CoNLL-2003's Reuters newswire, the multilingual NER sets: EFE newswire,
 * Dutch and Portuguese newspapers, Wikipedia in German, French, Italian, Russian and Chinese); no
 * page of it is stored.
 *
 * <p>Base articles are runs of consecutive sentences (8 to 16, in paragraphs of 2 to 4), each
 * sentence used once. Copies of some of them vary as syndication does: trimmed, re-lined (a text
 * page broken mid-sentence), a new lead, an extra paragraph, typographic changes, and a mix of
 * these, each on another site with other chrome. Hard negatives share a base article's lead or two
 * of its sentences as a quote, around the body of an unrelated article: not copies.
 */
public final class CopyCorpus {
  /** Where a page sits in the truth: its group (a base article and its copies share one). */
  public enum Kind {
    ORIGINAL,
    TRIMMED,
    RELINED,
    NEW_LEAD,
    EXTRA_PARAGRAPH,
    TYPOGRAPHIC,
    MIXED,
    SHARED_LEAD,
    SHARED_QUOTES;

    public boolean isCopy() {
      return this != ORIGINAL && this != SHARED_LEAD && this != SHARED_QUOTES;
    }
  }

  /**
   * One page of the corpus.
   *
   * @param group the base article it comes from (copies) or its own number (others)
   * @param contentType text/html, or text/plain for the re-lined copies
   */
  public record Page(String url, String contentType, String body, int group, Kind kind) {
    public byte[] bytes() {
      return body.getBytes(StandardCharsets.UTF_8);
    }
  }

  public record Corpus(List<Page> originals, List<Page> negatives, List<Page> copies) {
    public List<Page> all() {
      List<Page> all = new ArrayList<>(originals);
      all.addAll(negatives);
      all.addAll(copies);
      return all;
    }
  }

  private record Source(String file, String lang, int articles) {}

  private static final List<Source> SOURCES =
      List.of(
          new Source("conll2003/eng.train", "en", 900),
          new Source("ner-multilingual/es/train.conll", "es", 600),
          new Source("ner-multilingual/nl/train.conll", "nl", 900),
          new Source("ner-multilingual/pt/train.conll", "pt", 450),
          new Source("ner-multilingual/de/train.conll", "de", 1400),
          new Source("ner-multilingual/fr/train.conll", "fr", 800),
          new Source("ner-multilingual/it/train.conll", "it", 700),
          new Source("ner-multilingual/ru/train.conll", "ru", 600),
          new Source("ner-multilingual/zh/train.conll", "zh", 200));

  private static final String[] SITES = {
    "dailyherald", "wirewatch", "metropost", "thecourier", "globalreport", "northtimes",
    "eveningstar", "pressline", "citybeacon", "newsdesk24", "theobserver", "valleytribune"
  };

  private final Random random;
  private int urlSerial;

  private CopyCorpus(long seed) {
    this.random = new Random(seed);
  }

  /** The corpus, if the datasets are there. */
  public static Optional<Corpus> generate(int copies, int negatives, long seed) {
    Optional<Path> datasets = SharedFiles.find("datasets");
    if (datasets.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CopyCorpus(seed).build(datasets.get(), copies, negatives));
  }

  private record Article(String lang, List<List<String>> paragraphs) {
    String lead() {
      return String.join(" ", paragraphs.get(0));
    }
  }

  private Corpus build(Path datasets, int copyCount, int negativeCount) {
    List<Article> base = new ArrayList<>();
    List<Article> spare = new ArrayList<>(); // bodies for negatives, leads and extra paragraphs
    Set<String> seen = new HashSet<>();
    for (Source s : SOURCES) {
      List<String> sentences = sentences(datasets.resolve(s.file()), s.lang(), seen);
      int at = 0;
      int made = 0;
      int bases = 0;
      while (at < sentences.size() - 16 && bases < s.articles()) {
        int n = 8 + random.nextInt(9);
        Article a = article(s.lang(), sentences.subList(at, at + n));
        at += n;
        if (made++ % 5 == 4) { // every fifth is spare: bodies, leads and paragraphs of others
          spare.add(a);
        } else {
          base.add(a);
          bases++;
        }
      }
    }
    List<Page> originals = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      originals.add(html(base.get(i), i, Kind.ORIGINAL));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, random);
    Kind[] copyKinds = {
      Kind.TRIMMED, Kind.RELINED, Kind.NEW_LEAD, Kind.EXTRA_PARAGRAPH, Kind.TYPOGRAPHIC, Kind.MIXED
    };
    List<Article> leads = new ArrayList<>();
    List<Article> bodies = new ArrayList<>();
    for (int i = 0; i < spare.size(); i++) {
      (i % 2 == 0 ? bodies : leads).add(spare.get(i));
    }
    List<Page> copies = new ArrayList<>();
    for (int c = 0; c < copyCount; c++) {
      int g = order.get(c % order.size());
      Kind kind = copyKinds[c % copyKinds.length];
      copies.add(copy(base.get(g), g, kind, sameLanguage(leads, base.get(g).lang())));
    }
    // Each negative's body is a spare article of its own: two negatives never share a body.
    List<Page> negatives = new ArrayList<>();
    for (int n = 0, next = order.size() - 1; n < negativeCount; next--) {
      int g = order.get(next);
      Article a = base.get(g);
      Article other = take(bodies, a.lang());
      if (other == null) {
        continue;
      }
      List<List<String>> paragraphs = new ArrayList<>(other.paragraphs());
      Kind kind = n % 2 == 0 ? Kind.SHARED_LEAD : Kind.SHARED_QUOTES;
      if (kind == Kind.SHARED_LEAD) {
        paragraphs.set(0, a.paragraphs().get(0));
      } else {
        List<String> quotes = new ArrayList<>();
        List<String> all = a.paragraphs().stream().flatMap(List::stream).toList();
        int q = 1 + random.nextInt(all.size() - 2);
        quotes.add("“" + all.get(q) + "”");
        quotes.add("“" + all.get(q + 1) + "”");
        paragraphs.add(Math.min(2, paragraphs.size()), quotes);
      }
      negatives.add(html(new Article(a.lang(), paragraphs), base.size() + n, kind));
      n++;
    }
    return new Corpus(originals, negatives, copies);
  }

  private static Article take(List<Article> pool, String lang) {
    for (int i = 0; i < pool.size(); i++) {
      if (pool.get(i).lang().equals(lang)) {
        return pool.remove(i);
      }
    }
    return null;
  }

  private Article sameLanguage(List<Article> pool, String lang) {
    List<Article> same = pool.stream().filter(a -> a.lang().equals(lang)).toList();
    return same.get(random.nextInt(same.size()));
  }

  private Article article(String lang, List<String> sentences) {
    List<List<String>> paragraphs = new ArrayList<>();
    int at = 0;
    while (at < sentences.size()) {
      int n = Math.min(sentences.size() - at, 2 + random.nextInt(3));
      paragraphs.add(List.copyOf(sentences.subList(at, at + n)));
      at += n;
    }
    return new Article(lang, paragraphs);
  }

  private Page copy(Article a, int group, Kind kind, Article spare) {
    List<List<String>> p = new ArrayList<>(a.paragraphs());
    switch (kind) {
      case TRIMMED -> p = trimmed(p);
      case NEW_LEAD -> p.set(0, spare.paragraphs().get(0));
      case EXTRA_PARAGRAPH -> p.add(random.nextInt(p.size() + 1), spare.paragraphs().get(0));
      case MIXED -> {
        p = trimmed(p);
        p.add(0, spare.paragraphs().get(0));
      }
      default -> {}
    }
    Article copy = new Article(a.lang(), p);
    if (kind == Kind.RELINED) {
      return relined(copy, group);
    }
    Page page = html(copy, group, kind);
    return kind == Kind.TYPOGRAPHIC || kind == Kind.MIXED
        ? new Page(page.url(), page.contentType(), typographic(page.body()), group, kind)
        : page;
  }

  /** The first 55 to 85 per cent of the paragraphs, at least two. */
  private List<List<String>> trimmed(List<List<String>> p) {
    int keep = Math.max(2, (int) Math.round(p.size() * (0.55 + 0.3 * random.nextDouble())));
    return new ArrayList<>(p.subList(0, Math.min(p.size(), keep)));
  }

  private Page relined(Article a, int group) {
    StringBuilder text = new StringBuilder();
    text.append(headline(a)).append("\n\n");
    String words =
        a.paragraphs().stream()
            .map(s -> String.join(" ", s))
            .reduce((x, y) -> x + " " + y)
            .orElse("");
    int col = 0;
    for (String w : words.split(" ")) {
      text.append(w);
      col += w.length() + 1;
      if (col > 50 + random.nextInt(40)) {
        text.append('\n');
        col = 0;
      } else {
        text.append(' ');
      }
    }
    text.append("\n\nShare this story\nRelated: more news from ").append(site()).append('\n');
    return new Page(url(), "text/plain", text.toString(), group, Kind.RELINED);
  }

  private static String typographic(String html) {
    return html.replace("\"", "“")
        .replace(" - ", " – ")
        .replace("'", "’")
        .replace(" , ", ", ")
        .replace("  ", " ")
        .replace("%", " per cent");
  }

  private Page html(Article a, int group, Kind kind) {
    String site = site();
    StringBuilder b = new StringBuilder();
    b.append("<!doctype html><html lang=\"")
        .append(a.lang())
        .append("\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(headline(a)))
        .append(" | ")
        .append(site)
        .append("</title></head><body><header><nav><a href=\"/\">")
        .append(site)
        .append(
            "</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a> <a href=\"/sport\">Sport</a>")
        .append("</nav></header><main><article><h1>")
        .append(escape(headline(a)))
        .append("</h1><div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>");
    for (List<String> p : a.paragraphs()) {
      b.append("<p>").append(escape(String.join(" ", p))).append("</p>");
    }
    b.append("</article><aside class=\"related\"><h2>Related</h2><ul>");
    for (int i = 0; i < 3; i++) {
      b.append("<li><a href=\"/r")
          .append(random.nextInt(1000))
          .append("\">More from ")
          .append(site)
          .append(" number ")
          .append(i)
          .append("</a></li>");
    }
    b.append("</ul></aside></main><footer>© ")
        .append(site)
        .append(" — all rights reserved</footer></body></html>");
    return new Page(url(), "text/html", b.toString(), group, kind);
  }

  private String site() {
    return SITES[random.nextInt(SITES.length)];
  }

  private String url() {
    return "https://" + site() + ".example/news/" + (urlSerial++);
  }

  private static String headline(Article a) {
    String first = a.paragraphs().get(0).get(0);
    String[] words = first.split(" ");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 9)));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Detokenised sentences of a CoNLL file: prose only (no tables), each sentence once. */
  static List<String> sentences(Path file, String lang, Set<String> seen) {
    List<String> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); ; line = in.readLine()) {
        if (line == null || line.isBlank()) {
          String s = detokenise(tokens, lang);
          if (prose(tokens, lang) && seen.add(s.toLowerCase(Locale.ROOT))) {
            out.add(s);
          }
          tokens.clear();
          if (line == null) {
            break;
          }
          continue;
        }
        String token = line.split(" ", 2)[0];
        if (token.equals("-DOCSTART-")) {
          continue;
        }
        tokens.add(token.replace('_', ' '));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static boolean prose(List<String> tokens, String lang) {
    int min = lang.equals("zh") ? 12 : 8;
    if (tokens.size() < min) {
      return false;
    }
    long words = tokens.stream().filter(t -> t.codePoints().anyMatch(Character::isLetter)).count();
    return words * 10 >= tokens.size() * 7;
  }

  private static String detokenise(List<String> tokens, String lang) {
    if (lang.equals("zh")) {
      return String.join("", tokens);
    }
    StringBuilder s = new StringBuilder();
    for (String t : tokens) {
      boolean attach =
          t.matches("[,.;:!?%)\\]}]|'s|n't|'re|'ll|'ve|'d|'m") || s.toString().endsWith("(");
      if (s.length() > 0 && !attach) {
        s.append(' ');
      }
      s.append(t);
    }
    return s.toString();
  }
}
