package io.newsflow.enrich.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped rules with one mistake each fail to load, and the message names the key. */
class RulesReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theShippedRulesLoad() {
    RulesFile rules = read(tree());
    assertEquals(12, rules.dates().months().get("en").size());
    assertTrue(rules.prefixes().byline().contains("by"));
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        mistake(
            "a typo in a key",
            "unknown key thresholds.html.minParagraphChar",
            t -> rename(at(t, "thresholds", "html"), "minParagraphChars", "minParagraphChar")),
        mistake(
            "the typo's intended key is reported missing too",
            "missing key thresholds.html.minParagraphChars",
            t -> rename(at(t, "thresholds", "html"), "minParagraphChars", "minParagraphChar")),
        mistake(
            "a missing key",
            "missing key dates.timeLeads",
            t -> at(t, "dates").remove("timeLeads")),
        mistake(
            "a missing section",
            "missing key textPages",
            t -> ((ObjectNode) t).remove("textPages")),
        mistake(
            "an empty required list",
            "empty list hints.vetoes",
            t -> at(t, "hints").putArray("vetoes")),
        mistake(
            "an empty phrase language",
            "empty list phrases.share.de",
            t -> at(t, "phrases", "share").putArray("de")),
        mistake(
            "an empty map", "empty map phrases.editor", t -> at(t, "phrases").putObject("editor")),
        mistake(
            "a blank entry",
            "prefixes.byline[24] must be a text that is not blank",
            t -> ((ArrayNode) t.get("prefixes").get("byline")).add(" ")),
        mistake(
            "a repeated entry",
            "repeated entry prefixes.byline[24]: \"by\"",
            t -> ((ArrayNode) t.get("prefixes").get("byline")).add("by")),
        mistake(
            "a fraction where a whole number belongs",
            "thresholds.html.minParagraphChars must be a whole number",
            t -> at(t, "thresholds", "html").put("minParagraphChars", 25.5)),
        mistake(
            "a null",
            "thresholds.dates.minYear must be a whole number",
            t -> at(t, "thresholds", "dates").putNull("minYear")),
        mistake(
            "a list where a section belongs",
            "tags must be an object",
            t -> ((ObjectNode) t).putArray("tags")),
        mistake(
            "eleven months",
            "dates.months.de lists 11 months, not 12",
            t -> ((ArrayNode) t.get("dates").get("months").get("de")).remove(11)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void aMistakeFailsAtLoadNamingTheKey(String what, String message, Consumer<JsonNode> mistake) {
    JsonNode tree = tree();
    mistake.accept(tree);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(tree));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertTrue(e.getMessage().contains("test-rules.json"), e.getMessage());
  }

  @Test
  void aKeyGivenTwiceFails() {
    String json = "{\"tags\": {}, \"tags\": {}}";
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                RulesReader.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    "test-rules.json"));
    assertTrue(e.getMessage().contains("Duplicate field 'tags'"), e.getMessage());
  }

  @Test
  void commentsAreAllowedInAnySection() {
    JsonNode tree = tree();
    at(tree, "thresholds", "textPages").put("_comment", "a note");
    assertEquals(7, read(tree).thresholds().textPages().lineCost());
  }

  private static Arguments mistake(String what, String message, Consumer<JsonNode> change) {
    return Arguments.of(what, message, change);
  }

  private static JsonNode tree() {
    try (InputStream in =
        RulesReaderTest.class.getResourceAsStream(BoilerplateRules.DEFAULT_RESOURCE)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static RulesFile read(JsonNode tree) {
    try {
      return RulesReader.read(
          new ByteArrayInputStream(JSON.writeValueAsBytes(tree)), "test-rules.json");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static ObjectNode at(JsonNode tree, String... path) {
    JsonNode node = tree;
    for (String key : path) {
      node = node.get(key);
    }
    return (ObjectNode) node;
  }

  private static void rename(ObjectNode node, String from, String to) {
    node.set(to, node.remove(from));
  }
}
