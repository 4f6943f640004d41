package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionResolverTest {
  private final MentionResolver resolver = new MentionResolver(AliasTable.loadDefault());

  private static List<EntityMention> mentions(String text, String... spans) {
    List<EntityMention> mentions = new ArrayList<>();
    int from = 0;
    for (String span : spans) {
      String[] parts = span.split("/");
      int start = text.indexOf(parts[0], from);
      mentions.add(new EntityMention(parts[0], start, start + parts[0].length(), parts[1]));
      from = start + parts[0].length();
    }
    return mentions;
  }

  @Test
  void mergesSurnamesIntoTheFullName() {
    String text = "Vladimir Putin met Xi Jinping. Putin and Xi talked.";
    List<CanonicalEntity> entities =
        resolver.resolve(
            mentions(text, "Vladimir Putin/PER", "Xi Jinping/PER", "Putin/PER", "Xi/ORG"),
            text.length());
    assertEquals(2, entities.size());
    CanonicalEntity putin = entities.get(0);
    assertEquals("Vladimir Putin", putin.name());
    assertEquals(List.of(0, 31), putin.mentions().stream().map(EntityMention::start).toList());
    CanonicalEntity xi = entities.get(1);
    assertEquals("Xi Jinping", xi.name());
    assertEquals("PER", xi.type());
    assertEquals(2, xi.count());
  }

  @Test
  void mapsAliasesToOneEntityWithTheAliasType() {
    String text = "The U.S. and the US and the United States; the U.N. and NATO and Nato.";
    List<CanonicalEntity> entities =
        resolver.resolve(
            mentions(
                text,
                "U.S./LOC",
                "US/ORG",
                "United States/LOC",
                "U.N./ORG",
                "NATO/ORG",
                "Nato/LOC"),
            text.length());
    assertEquals(
        List.of("United States", "NATO", "United Nations"),
        entities.stream().map(CanonicalEntity::name).toList());
    assertEquals(
        List.of("LOC", "ORG", "ORG"), entities.stream().map(CanonicalEntity::type).toList());
  }

  @Test
  void rankFavoursFrequentAndEarlyEntities() {
    String text = "Oman said. Iran said. Iran said again.";
    List<CanonicalEntity> entities =
        resolver.resolve(mentions(text, "Oman/LOC", "Iran/LOC", "Iran/LOC"), text.length());
    assertEquals("Iran", entities.get(0).name());
    assertEquals(1.0, entities.get(0).salience(), 0.2);
    assertEquals(
        List.of(11, 22), entities.get(0).mentions().stream().map(EntityMention::start).toList());
  }
}
