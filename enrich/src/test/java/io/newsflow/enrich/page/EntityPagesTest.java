package io.newsflow.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.entities.EntityModels;
import io.newsflow.schema.Article;
import io.newsflow.schema.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * News pages written for this test (pages-xx.txt: short, plausible news and two or three pages of
 * recipes and advice with no names at all) through the whole page step, each in its own language. A
 * returned entity none of whose words belongs to a name a reader would mark is a wrong entity: a
 * common noun ("Teig"), a sentence-initial word ("Die"). Boundary slips ("Bayern" for "FC Bayern
 * München") are not counted as wrong here, and how many of the marked names are found is printed
 * and pinned.
 */
class EntityPagesTest {
  /** Every shipped model switched on, German (opt-in) included. */
  static final PageEnricher ENRICHER =
      PageEnricher.withDefaults(
          EntityLanguageTest.untimed()
              .withEntityLanguages(
                  EntityModels.SHIPPED.stream()
                      .map(io.newsflow.enrich.entities.ModelCard::language)
                      .collect(Collectors.toSet())),
          EntityLanguageTest.CLOCK);

  record Page(String title, List<String> paragraphs, List<String> expected) {}

  /**
   * Per language: the most wrong entities allowed over its 20 pages (0: none may be wrong) and the
   * share of marked names that must be found (pinned a little below what the models reach).
   */
  @ParameterizedTest
  @CsvSource({"de, 0, 0.75", "es, 0, 0.9", "fr, 0, 0.8", "zh, 0, 0.0"})
  void namesAreFoundAndNoCommonWordIsAName(String language, int maxWrong, double minFound)
      throws IOException {
    List<Page> pages = read(language);
    assertEquals(20, pages.size());
    boolean hasModel = EntityModels.shipped().card(language).isPresent();
    List<String> wrong = new ArrayList<>();
    int marked = 0;
    int found = 0;
    for (Page page : pages) {
      Article article = EntityLanguageTest.enrichHtml(html(language, page), ENRICHER);
      List<String> names =
          article.getEntities().stream().map(Entity::getName).collect(Collectors.toList());
      if (!hasModel) { // Chinese: no model ships (MODELS.md), so no names and no model
        assertTrue(names.isEmpty(), language + ": " + names);
        assertNull(article.getEntityModel());
        continue;
      }
      assertEquals(
          EntityModels.shipped().card(language).orElseThrow().modelId(), article.getEntityModel());
      for (String name : names) {
        if (!overlapsMarked(name, page.expected())) {
          wrong.add(name + " (" + page.title() + ")");
        }
      }
      for (String expected : page.expected()) {
        marked++;
        found += names.stream().anyMatch(n -> sameName(n, expected)) ? 1 : 0;
      }
    }
    if (!hasModel) {
      System.out.printf(Locale.ROOT, "%s: no model; no entities on %d pages%n", language, 20);
      return;
    }
    double share = found / (double) marked;
    System.out.printf(
        Locale.ROOT,
        "%s: %d of %d marked names found (%.2f); wrong entities: %s%n",
        language,
        found,
        marked,
        share,
        wrong);
    assertTrue(wrong.size() <= maxWrong, language + " wrong entities: " + wrong);
    assertTrue(share >= minFound, language + " found " + share + " < " + minFound);
  }

  /** Some word of the returned name is a word of a marked name. */
  static boolean overlapsMarked(String name, List<String> marked) {
    Set<String> words = words(String.join(" ", marked));
    return words(name).stream().anyMatch(words::contains);
  }

  /** Equal ignoring case, or one inside the other ("Bayern München" / "FC Bayern München"). */
  static boolean sameName(String returned, String marked) {
    String a = returned.toLowerCase(Locale.ROOT);
    String b = marked.toLowerCase(Locale.ROOT);
    return a.equals(b) || (a.length() >= 3 && b.contains(a)) || a.contains(b);
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+"))
        .filter(w -> !w.isEmpty())
        .collect(Collectors.toSet());
  }

  static String html(String language, Page page) {
    StringBuilder body = new StringBuilder();
    for (String paragraph : page.paragraphs()) {
      body.append("<p>").append(paragraph).append("</p>\n");
    }
    return "<html lang=\""
        + language
        + "\"><head><meta charset=utf-8><title>"
        + page.title()
        + "</title></head><body><article><h1>"
        + page.title()
        + "</h1>\n"
        + body
        + "</article></body></html>";
  }

  static List<Page> read(String language) throws IOException {
    String resource = "pages-" + language + ".txt";
    String text;
    try (InputStream in = EntityPagesTest.class.getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Page> pages = new ArrayList<>();
    String title = null;
    List<String> paragraphs = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.startsWith("#") && !line.startsWith("## ")) {
        continue;
      }
      if (line.startsWith("## ")) {
        title = line.substring(3).strip();
        paragraphs = new ArrayList<>();
      } else if (line.startsWith("@")) {
        List<String> expected =
            Arrays.stream(line.substring(1).split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        pages.add(new Page(title, paragraphs, expected));
      } else if (!line.isBlank()) {
        paragraphs.add(line.strip());
      }
    }
    return pages;
  }
}
