package io.newsflow.enrich.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads the rules strictly: the tree must fit {@link RulesFile} key for key ({@link RulesShape})
 * before it is bound, and Jackson binds it with every leniency off (unknown, missing or null
 * properties, repeated keys, a fraction where a whole number belongs). A rules file that does not
 * fit fails at start with all its problems, each named by its key path.
 */
final class RulesReader {
  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(
              DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
              DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
              DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
              DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
              DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .addHandler(new SkipComments())
          .build();

  private RulesReader() {}

  /** The rules in {@code in}; {@code name} says which file in the error. */
  static RulesFile read(InputStream in, String name) {
    try {
      JsonNode tree = STRICT.readTree(in);
      List<String> problems = RulesShape.problems(tree, RulesFile.class);
      if (!problems.isEmpty()) {
        throw invalid(name, String.join("; ", problems));
      }
      return STRICT.treeToValue(tree, RulesFile.class);
    } catch (JsonMappingException e) { // a check of a record's own (twelve months...)
      throw invalid(name, path(e) + rootMessage(e));
    } catch (JsonProcessingException e) {
      throw invalid(name, e.getOriginalMessage() + " at line " + e.getLocation().getLineNr());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules " + name, e);
    }
  }

  private static IllegalStateException invalid(String name, String problems) {
    return new IllegalStateException("invalid rules " + name + ": " + problems);
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      path.append(path.length() > 0 ? "." : "")
          .append(r.getFieldName() != null ? r.getFieldName() : r.getIndex());
    }
    return path.length() > 0 ? path + ": " : "";
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root == e ? ((JsonMappingException) e).getOriginalMessage() : root.getMessage();
  }

  /** "_comment" keys are notes for the reader; any other unknown key still fails. */
  private static final class SkipComments extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      if (!RulesShape.COMMENT.equals(propertyName)) {
        return false;
      }
      p.skipChildren();
      return true;
    }
  }
}
