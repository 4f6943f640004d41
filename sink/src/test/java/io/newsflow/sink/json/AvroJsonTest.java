package io.newsflow.sink.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schema.Article;
import io.newsflow.schema.Entity;
import io.newsflow.schema.Mention;
import io.newsflow.schema.RawPageRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class AvroJsonTest {
  static Article article(String id) {
    Instant t = Instant.parse("2025-05-09T10:00:00Z");
    return Article.newBuilder()
        .setId(id)
        .setUrl("https://ex.com/a")
        .setCanonicalUrl("https://ex.com/a")
        .setTitle("Ti\"tle")
        .setAuthors(List.of("A. Writer"))
        .setText("Line one.\n\nLine two.")
        .setWordCount(4)
        .setEntities(
            List.of(new Entity("PER", "Xi Jinping", List.of(new Mention("Xi", 0, 2)), 1, 0, 0.5)))
        .setRaw(new RawPageRef("news.raw-pages", 2, 7L, "https://ex.com/a", t))
        .setExtractedAt(t)
        .build();
  }

  @Test
  void writesEveryFieldUnderItsSchemaNameAsPlainJson() throws Exception {
    JsonNode json = new ObjectMapper().readTree(AvroJson.toJsonLine(article("x1")));
    for (Schema.Field f : Article.getClassSchema().getFields()) {
      assertTrue(json.has(f.name()), "missing " + f.name());
    }
    assertEquals("x1", json.get("id").asText());
    assertTrue(json.get("site_name").isNull());
    assertEquals("A. Writer", json.get("authors").get(0).asText());
    assertEquals("Xi Jinping", json.get("entities").get(0).get("name").asText());
    assertEquals(2, json.get("entities").get(0).get("mentions").get(0).get("end").asInt());
    assertEquals("2025-05-09T10:00:00Z", json.get("extracted_at").asText());
    assertEquals(7, json.get("raw").get("offset").asLong());
    assertEquals("Line one.\n\nLine two.", json.get("text").asText());
  }

  @Test
  void writesOneLine() {
    assertTrue(!AvroJson.toJsonLine(article("x")).contains("\n"));
  }

  @Test
  void writesTheSameLineAsUtf8Bytes() {
    Article a = article("x2");
    a.setText("Zürich \u201cquoted\u201d, 北京, \uD83D\uDE00 and a tab\tand a quote \"");
    assertArrayEquals(
        AvroJson.toJsonLine(a).getBytes(StandardCharsets.UTF_8), AvroJson.toJsonBytes(a));
  }
}
