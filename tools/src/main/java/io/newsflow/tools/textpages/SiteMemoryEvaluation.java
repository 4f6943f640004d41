package io.newsflow.tools.textpages;

import io.newsflow.enrich.EnrichConfig.SiteMemorySettings;
import io.newsflow.enrich.text.SiteMemory;
import io.newsflow.enrich.text.TextCleaner;
import io.newsflow.tools.extraction.Shingles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Shows what the site memory learns on a generated stream: {@code sites} synthetic sites, {@code
 * pages} pages each, interleaved as a stream would bring them. Every site has its own chrome in
 * invented words (so no lexicon knows it), some of it shaped like prose: a tagline, a promotion
 * between the paragraphs, a disclaimer, a list of recent headlines. Prints body F1 (word 4-gram
 * shingles) over the first and the last pages of each site, with and without memory. Usage: {@code
 * SiteMemoryEvaluation [sites] [pages] [minPages]}.
 *
 * <p>The memory here is an in-process map with the semantics of the topology's store (distinct
 * pages per site and fingerprint, chrome from {@code minPages} on); the store itself is tested
 * through the real topology.
 */
public final class SiteMemoryEvaluation {
  private static final int EDGE_PAGES = 5;
  private static final String[] FUNCTION = {
    "the", "of", "and", "to", "in", "a", "for", "on", "with", "that", "was", "is", "by", "at",
    "from"
  };

  private final TextCleaner cleaner = TextCleaner.withDefaultRules();
  private final Random random = new Random(20250509);

  record Page(int site, int index, String text, String body) {}

  public static void main(String[] args) {
    int sites = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int pages = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int minPages =
        args.length > 2 ? Integer.parseInt(args[2]) : SiteMemorySettings.DEFAULT_MIN_PAGES;
    new SiteMemoryEvaluation().run(sites, pages, minPages);
  }

  public double[] run(int sites, int pages, int minPages) {
    List<Page> stream = generate(sites, pages);
    double[] none = score(stream, pages, 0);
    double[] learned = score(stream, pages, minPages);
    System.out.printf(
        Locale.ROOT,
        "%d sites x %d pages, chrome in no lexicon; site memory: chrome from %d pages on%n",
        sites,
        pages,
        minPages);
    System.out.printf(
        Locale.ROOT,
        "body F1, first %d pages of each site:  without memory %.4f   with memory %.4f%n",
        EDGE_PAGES,
        none[0],
        learned[0]);
    System.out.printf(
        Locale.ROOT,
        "body F1, last %d pages of each site:   without memory %.4f   with memory %.4f%n",
        EDGE_PAGES,
        none[1],
        learned[1]);
    return learned;
  }

  /** Mean F1 over the first and the last pages of every site; {@code minPages} 0: no memory. */
  private double[] score(List<Page> stream, int pages, int minPages) {
    Map<String, Integer> seen = new HashMap<>();
    double first = 0;
    double last = 0;
    int nFirst = 0;
    int nLast = 0;
    for (Page p : stream) {
      String site = "site-" + p.site() + '\u0000';
      SiteMemory memory =
          minPages == 0
              ? SiteMemory.NONE
              : new SiteMemory() {
                @Override
                public boolean isChrome(String fp) {
                  return seen.getOrDefault(site + fp, 0) >= minPages;
                }

                @Override
                public void learn(List<String> fps) {
                  fps.forEach(fp -> seen.merge(site + fp, 1, Integer::sum));
                }
              };
      var cleaning = cleaner.clean(p.text(), null, memory);
      memory.learn(cleaning.fingerprints());
      double f1 = f1(cleaning.extraction().text(), p.body());
      if (p.index() < EDGE_PAGES) {
        first += f1;
        nFirst++;
      } else if (p.index() >= pages - EDGE_PAGES) {
        last += f1;
        nLast++;
      }
    }
    return new double[] {first / Math.max(1, nFirst), last / Math.max(1, nLast)};
  }

  private static double f1(String got, String want) {
    Map<String, Integer> g = Shingles.of(got);
    Map<String, Integer> w = Shingles.of(want);
    int tp = Shingles.overlap(g, w);
    double p = g.isEmpty() ? 0 : (double) tp / Shingles.size(g);
    double r = w.isEmpty() ? 0 : (double) tp / Shingles.size(w);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  List<Page> generate(int sites, int pages) {
    List<List<String>> chrome = new ArrayList<>();
    for (int s = 0; s < sites; s++) {
      List<String> c = new ArrayList<>();
      c.add(titleCase(words(1)) + " " + titleCase(words(1))); // site name
      c.add(menu());
      c.add(sentence(14)); // tagline
      c.add(sentence(20)); // promotion between paragraphs
      c.add(sentence(30)); // disclaimer
      c.add(titleCase(words(2))); // recent-headlines label
      for (int i = 0; i < 4; i++) {
        c.add(titleCase(words(8))); // recent headlines
      }
      chrome.add(c);
    }
    List<Page> stream = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      for (int s = 0; s < sites; s++) {
        stream.add(page(s, i, chrome.get(s)));
      }
    }
    return stream;
  }

  private Page page(int site, int index, List<String> c) {
    List<String> body = new ArrayList<>();
    int paragraphs = 4 + random.nextInt(5);
    for (int i = 0; i < paragraphs; i++) {
      StringBuilder p = new StringBuilder();
      int sentences = 2 + random.nextInt(3);
      for (int j = 0; j < sentences; j++) {
        p.append(j == 0 ? "" : " ").append(sentence(12 + random.nextInt(14)));
      }
      body.add(p.toString());
    }
    StringBuilder text = new StringBuilder();
    text.append(c.get(0))
        .append('\n')
        .append(c.get(1))
        .append("\n\n")
        .append(c.get(2))
        .append("\n\n");
    text.append(titleCase(words(7))).append("\n\n"); // the headline
    for (int i = 0; i < body.size(); i++) {
      text.append(body.get(i)).append("\n\n");
      if (i == 1) {
        text.append(c.get(3)).append("\n\n");
      }
    }
    text.append(c.get(4)).append("\n\n").append(c.get(5)).append('\n');
    for (int i = 6; i < 10; i++) {
      text.append(c.get(i)).append('\n');
    }
    text.append(c.get(0)).append('\n');
    return new Page(site, index, text.toString(), String.join("\n\n", body));
  }

  private String menu() {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      items.add(titleCase(words(1)));
    }
    return String.join("\n", items);
  }

  private String sentence(int n) {
    String s = words(n);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }

  private String words(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        s.append(' ');
      }
      s.append(i % 3 == 1 ? FUNCTION[random.nextInt(FUNCTION.length)] : word());
    }
    return s.toString();
  }

  private String word() {
    String[] syllables = {
      "ka", "lo", "mer", "vin", "ta", "zu", "dor", "pel", "ri", "sho", "gan", "te", "bru", "fa",
      "nix", "qua"
    };
    StringBuilder w = new StringBuilder();
    int n = 2 + random.nextInt(2);
    for (int i = 0; i < n; i++) {
      w.append(syllables[random.nextInt(syllables.length)]);
    }
    return w.toString();
  }

  private static String titleCase(String s) {
    StringBuilder out = new StringBuilder();
    for (String w : s.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return out.toString();
  }
}
