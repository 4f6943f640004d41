package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.EnrichConfig;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityModelsTest {
  @Test
  void theDefaultTaggedLanguagesAreTheShippedModelsButTheOptInGerman() {
    Set<String> shipped =
        EntityModels.SHIPPED.stream().map(ModelCard::language).collect(Collectors.toSet());
    Set<String> expected = new java.util.HashSet<>(shipped);
    expected.remove("de");
    assertEquals(expected, EnrichConfig.DEFAULT_ENTITY_LANGUAGES);
    assertEquals(true, shipped.contains("de"), "German is shipped, to be switched on");
  }

  @Test
  void everyShippedModelLoadsWithItsOwnLanguageAndName() {
    Set<String> ids =
        EntityModels.SHIPPED.stream().map(ModelCard::modelId).collect(Collectors.toSet());
    assertEquals(EntityModels.SHIPPED.size(), ids.size(), "model ids are unique");
    for (ModelCard card : EntityModels.SHIPPED) {
      EntityRecognizer recognizer =
          EntityModels.shipped().forLanguage(card.language()).orElseThrow();
      assertEquals(card.language(), recognizer.language());
      assertTrue(recognizer.modelId().startsWith(card.language() + "-"), recognizer.modelId());
      assertSame(recognizer, EntityModels.shipped().forLanguage(card.language()).orElseThrow());
    }
  }

  @Test
  void aLanguageWithoutAModelHasNone() {
    for (String language : List.of("ar", "ja", "zh", "ko", "")) {
      assertFalse(EntityModels.shipped().forLanguage(language).isPresent(), language);
    }
  }

  @Test
  void portugueseContractionsOfTheDataAreJoinedAsWrittenAndTagsMapBack() {
    List<String> tokens =
        List.of(
            "Em",
            "o",
            "ano",
            "passado",
            ",",
            "o",
            "presidente",
            "de",
            "a",
            "Petrobras",
            "falou",
            "em",
            "o",
            "Rio",
            "de",
            "Janeiro");
    List<String> tags =
        List.of(
            "O", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "B-LOC",
            "I-LOC", "I-LOC");
    TokenScheme.Mapped mapped = TokenScheme.PORTUGUESE_CONTRACTIONS.map(tokens, tags);
    assertEquals(
        List.of(
            "No",
            "ano",
            "passado",
            ",",
            "o",
            "presidente",
            "da",
            "Petrobras",
            "falou",
            "no",
            "Rio",
            "de",
            "Janeiro"),
        mapped.tokens());
    // The article inside the name goes with the contraction; the name then starts at Petrobras.
    assertEquals("B-ORG", mapped.tags().get(7));
    List<String> back =
        TokenScheme.PORTUGUESE_CONTRACTIONS.back(mapped, mapped.tags(), tokens.size());
    assertEquals(tokens.size(), back.size());
    assertEquals("B-LOC", back.get(13));
    assertEquals("I-LOC", back.get(15));
  }

  @Test
  void chineseIsCutIntoCharactersAndWordTagsComeBackFromTheFirstCharacter() {
    TokenScheme.Mapped mapped =
        TokenScheme.CHARACTERS.map(List.of("习近平", "访问", "GPS"), List.of("B-PER", "O", "O"));
    assertEquals(List.of("习", "近", "平", "访", "问", "GPS"), mapped.tokens());
    assertEquals(List.of("B-PER", "I-PER", "I-PER", "O", "O", "O"), mapped.tags());
    assertEquals(List.of("B-PER", "O", "O"), TokenScheme.CHARACTERS.back(mapped, mapped.tags(), 3));
    List<Token> split = TokenScheme.CHARACTERS.split(List.of(new Token("在北京", 4, 7)));
    assertEquals(List.of(new Token("在", 4, 5), new Token("北", 5, 6), new Token("京", 6, 7)), split);
  }
}
