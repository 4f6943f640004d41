package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed articles ({@code ../shared/seeds}, five reports on the Xi-Putin meeting in Moscow) must
 * yield their main entities with the right type, each merged into one canonical entity.
 */
class SeedTextsTest {
  /** Canonical name, type, and the surface forms that must land in it when the text has them. */
  private record Expected(String name, String type, List<String> forms) {}

  private static final List<Expected> EXPECTED =
      List.of(
          new Expected("Xi Jinping", "PER", List.of("Xi Jinping", "Xi")),
          new Expected("Vladimir Putin", "PER", List.of("Vladimir Putin", "Putin")),
          new Expected("Donald Trump", "PER", List.of("Donald Trump", "Trump")),
          new Expected("Moscow", "LOC", List.of("Moscow")),
          new Expected("China", "LOC", List.of("China")),
          new Expected("Russia", "LOC", List.of("Russia")),
          new Expected("Ukraine", "LOC", List.of("Ukraine")),
          new Expected("Taiwan", "LOC", List.of("Taiwan")),
          new Expected("United States", "LOC", List.of("United States", "U.S.", "US")),
          new Expected("Reuters", "ORG", List.of("Reuters")),
          new Expected("NATO", "ORG", List.of("NATO", "Nato")),
          // The rest of the list in shared/seeds/README.md.
          new Expected("Lai Ching-te", "PER", List.of("Lai Ching-te")),
          new Expected("Ja Ian Chong", "PER", List.of("Ja Ian Chong")),
          new Expected("Sung Kuo-Chen", "PER", List.of("Sung Kuo-Chen")),
          new Expected("Adolf Hitler", "PER", List.of("Adolf Hitler")),
          new Expected("Kremlin", "LOC", List.of("Kremlin")),
          new Expected("Red Square", "LOC", List.of("Red Square")),
          new Expected("Taipei", "LOC", List.of("Taipei")),
          new Expected("Washington", "LOC", List.of("Washington")),
          new Expected("Iran", "LOC", List.of("Iran")),
          new Expected("Oman", "LOC", List.of("Oman")),
          new Expected("Europe", "LOC", List.of("Europe")),
          new Expected("U.N. Security Council", "ORG", List.of("U.N. Security Council")),
          new Expected("TASS", "ORG", List.of("TASS")),
          new Expected("BRICS", "ORG", List.of("BRICS", "Brics")),
          new Expected("Radio Free Asia", "ORG", List.of("RFA")),
          new Expected("White House", "ORG", List.of("White House")),
          new Expected(
              "National University of Singapore",
              "ORG",
              List.of("National University of Singapore")),
          new Expected(
              "National Chengchi University", "ORG", List.of("National Chengchi University")),
          new Expected("Financial Times", "ORG", List.of("Financial Times")),
          new Expected("South China Morning Post", "ORG", List.of("South China Morning Post")));

  private static final List<Seed> seeds = new ArrayList<>();

  private record Seed(String file, String text, List<CanonicalEntity> entities) {}

  @BeforeAll
  static void tagSeeds() throws IOException {
    Optional<Path> dir = SharedData.find("seeds");
    assumeTrue(dir.isPresent(), "../shared/seeds not found");
    EntityRecognizer recognizer = EntityRecognizer.loadDefault();
    try (Stream<Path> files = Files.list(dir.get())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        seeds.add(new Seed(file.getFileName().toString(), text, recognizer.recognize(text)));
      }
    }
    assumeTrue(!seeds.isEmpty(), "no seed texts");
  }

  @Test
  void everyExpectedEntityIsFoundSomewhere() {
    for (Expected expected : EXPECTED) {
      boolean found =
          seeds.stream()
              .anyMatch(
                  s ->
                      s.entities().stream()
                          .anyMatch(
                              e ->
                                  e.name().equals(expected.name())
                                      && e.type().equals(expected.type())));
      assertTrue(found, expected.name() + " (" + expected.type() + ") in no seed");
    }
  }

  @Test
  void expectedEntitiesHaveTheRightTypeAndOneCanonicalEntityPerText() {
    for (Seed seed : seeds) {
      for (Expected expected : EXPECTED) {
        if (!containsWord(seed.text(), expected.name())) {
          continue;
        }
        List<CanonicalEntity> named =
            seed.entities().stream().filter(e -> e.name().equals(expected.name())).toList();
        assertEquals(1, named.size(), () -> seed.file() + ": " + expected.name() + " in " + named);
        assertEquals(expected.type(), named.get(0).type(), seed.file() + ": " + expected.name());
      }
    }
  }

  @Test
  void shortFormsMergeIntoTheCanonicalEntity() {
    for (Seed seed : seeds) {
      for (Expected expected : EXPECTED) {
        for (String form : expected.forms()) {
          boolean standalone =
              seed.entities().stream()
                  .anyMatch(e -> e.name().equals(form) && !form.equals(expected.name()));
          assertTrue(
              !standalone, seed.file() + ": '" + form + "' not merged into " + expected.name());
        }
      }
    }
  }

  @Test
  void mergedEntitiesCarryTheirShortForms() {
    assertHasForm("Xi Jinping", "Xi");
    assertHasForm("Vladimir Putin", "Putin");
    assertHasForm("Donald Trump", "Trump");
    assertHasForm("United States", "U.S.");
    assertHasForm("United States", "US");
    assertHasForm("United States", "United States");
  }

  private static void assertHasForm(String name, String form) {
    boolean found =
        seeds.stream()
            .flatMap(s -> s.entities().stream())
            .filter(e -> e.name().equals(name))
            .flatMap(e -> e.mentions().stream())
            .anyMatch(m -> m.text().equals(form));
    assertTrue(found, name + " never carries the mention '" + form + "'");
  }

  private static boolean containsWord(String text, String word) {
    return Pattern.compile("(?<![\\p{L}.])" + Pattern.quote(word) + "(?![\\p{L}])")
        .matcher(text)
        .find();
  }
}
