package io.newsflow.app.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * News pages made up for a benchmark without saved pages: sites with their own chrome (navigation,
 * share bars, related links, footer, scripts), articles in English, German, French and Spanish with
 * names in them, from a few hundred bytes to a few hundred KB, and one page in twenty bad (empty,
 * binary, markup without text, a page of links). Seeded, so every run offers the same pages.
 */
final class PageGenerator {
  private static final String[][] WORDS = {
    {
      "the",
      "government",
      "said",
      "on",
      "Tuesday",
      "that",
      "talks",
      "with",
      "officials",
      "would",
      "continue",
      "after",
      "the",
      "minister",
      "met",
      "leaders",
      "in",
      "a",
      "statement",
      "about",
      "the",
      "economy",
      "and",
      "new",
      "rules",
      "for",
      "banks",
      "was",
      "expected",
      "to",
      "follow"
    },
    {
      "die",
      "Regierung",
      "teilte",
      "am",
      "Dienstag",
      "mit",
      "dass",
      "die",
      "Gespräche",
      "mit",
      "den",
      "Behörden",
      "fortgesetzt",
      "werden",
      "nachdem",
      "der",
      "Minister",
      "sich",
      "mit",
      "Vertretern",
      "der",
      "Wirtschaft",
      "getroffen",
      "hatte"
    },
    {
      "le",
      "gouvernement",
      "a",
      "déclaré",
      "mardi",
      "que",
      "les",
      "négociations",
      "avec",
      "les",
      "responsables",
      "continueraient",
      "après",
      "la",
      "rencontre",
      "du",
      "ministre",
      "avec",
      "les",
      "dirigeants",
      "de",
      "l'économie"
    },
    {
      "el",
      "gobierno",
      "dijo",
      "el",
      "martes",
      "que",
      "las",
      "conversaciones",
      "con",
      "los",
      "funcionarios",
      "continuarían",
      "después",
      "de",
      "que",
      "el",
      "ministro",
      "se",
      "reuniera",
      "con",
      "los",
      "líderes",
      "de",
      "la",
      "economía"
    }
  };
  private static final String[] LANGUAGES = {"en", "de", "fr", "es"};
  private static final String[] NAMES = {
    "Angela Merkel",
    "Emmanuel Macron",
    "Pedro Sánchez",
    "Joe Biden",
    "Reuters",
    "the United Nations",
    "Berlin",
    "Paris",
    "Madrid",
    "Washington",
    "Deutsche Bank",
    "the European Central Bank",
    "NATO",
    "Xi Jinping",
    "Moscow",
    "Tokyo",
    "Microsoft",
    "the World Health Organization"
  };

  private PageGenerator() {}

  static List<BenchPage> generate(int count, long seed) {
    Random random = new Random(seed);
    List<BenchPage> pages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name = String.format(Locale.ROOT, "generated-%04d.html", i);
      if (random.nextInt(20) == 0) {
        pages.add(badPage(name, random));
      } else {
        pages.add(new BenchPage(name, "text/html", page(i, random)));
      }
    }
    return pages;
  }

  private static BenchPage badPage(String name, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> new BenchPage(name, "text/html", new byte[0]);
      case 1 -> {
        byte[] junk = new byte[1000 + random.nextInt(50_000)];
        random.nextBytes(junk);
        yield new BenchPage(name, "text/html", junk);
      }
      case 2 ->
          new BenchPage(
              name,
              "text/html",
              "<html><head><script>var x = 1;</script></head><body><div></div></body></html>"
                  .getBytes(StandardCharsets.UTF_8));
      default -> {
        StringBuilder links = new StringBuilder("<html><body><ul>");
        for (int k = 0; k < 200; k++) {
          links.append("<li><a href=\"/section/").append(k).append("\">Section ");
          links.append(k).append("</a></li>");
        }
        yield new BenchPage(
            name,
            "text/html",
            links.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8));
      }
    };
  }

  private static byte[] page(int index, Random random) {
    int language = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(3);
    int site = random.nextInt(12);
    // Sizes spread like news: many short items, some long reads.
    int paragraphs = 2 + (int) Math.min(80, Math.abs(random.nextGaussian() * 12));
    StringBuilder html = new StringBuilder(4096 + paragraphs * 600);
    String title = sentence(random, language, 8).replace(".", "");
    html.append("<!DOCTYPE html><html lang=\"")
        .append(LANGUAGES[language])
        .append("\"><head><meta charset=\"utf-8\"><title>")
        .append(title)
        .append(" | Site ")
        .append(site)
        .append(" News</title><meta property=\"og:title\" content=\"")
        .append(title)
        .append("\"><meta name=\"author\" content=\"Staff Writer\">")
        .append("<meta property=\"article:published_time\" content=\"2026-11-")
        .append(String.format(Locale.ROOT, "%02d", 1 + index % 28))
        .append("T08:00:00Z\"><script>window.dataLayer=[];")
        .append("x".repeat(random.nextInt(20_000)))
        .append("</script><style>.nav{display:flex}</style></head><body>");
    chrome(html, site, random);
    html.append("<main><article><h1>").append(title).append("</h1>");
    html.append("<p class=\"byline\">By Staff Writer, Site ").append(site).append("</p>");
    for (int p = 0; p < paragraphs; p++) {
      html.append("<p>");
      for (int s = 0, n = 2 + random.nextInt(4); s < n; s++) {
        html.append(sentence(random, language, 12 + random.nextInt(18))).append(' ');
      }
      html.append("</p>");
      if (p % 5 == 4) {
        html.append("<div class=\"share\">Share on Facebook Share on X Email</div>");
      }
    }
    html.append("</article><aside><h3>Related</h3><ul>");
    for (int k = 0; k < 6; k++) {
      html.append("<li><a href=\"/news/").append(k).append("\">");
      html.append(sentence(random, language, 6)).append("</a></li>");
    }
    html.append("</ul></aside></main><footer>© 2026 Site ").append(site);
    html.append(" News. All rights reserved. Privacy Terms Contact</footer></body></html>");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void chrome(StringBuilder html, int site, Random random) {
    html.append("<header><nav class=\"nav\"><a href=\"/\">Home</a>");
    for (String section : List.of("World", "Politics", "Business", "Sport", "Culture")) {
      html.append("<a href=\"/").append(section.toLowerCase(Locale.ROOT)).append("\">");
      html.append(section).append("</a>");
    }
    html.append("</nav><div class=\"banner\">Subscribe to Site ").append(site);
    html.append(" for unlimited access</div></header>");
    if (random.nextBoolean()) {
      html.append("<div class=\"cookie\">We use cookies to improve your experience. Accept</div>");
    }
  }

  private static String sentence(Random random, int language, int words) {
    String[] bank = WORDS[language];
    StringBuilder s = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        s.append(' ');
      }
      s.append(
          random.nextInt(7) == 0
              ? NAMES[random.nextInt(NAMES.length)]
              : bank[random.nextInt(bank.length)]);
    }
    s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
    return s.append('.').toString();
  }
}
