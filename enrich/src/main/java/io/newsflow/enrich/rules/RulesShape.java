package io.newsflow.enrich.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a rules tree against the records it binds to, before binding, and names every problem by
 * its key path ("thresholds.html.minParagraphChars"): a key no record has (a typo would otherwise
 * vanish), a key the file lacks, an empty list or map, a blank or repeated entry, a value of the
 * wrong kind. Everything in the rules is required, as a rule with nothing in it is a mistake.
 */
final class RulesShape {
  /** The one key every object may add: a note for the reader. */
  static final String COMMENT = "_comment";

  private final List<String> problems = new ArrayList<>();

  private RulesShape() {}

  /**
   * The problems of {@code root} as the rules of {@code type}, in file order; empty when it fits.
   */
  static List<String> problems(JsonNode root, Class<? extends Record> type) {
    RulesShape shape = new RulesShape();
    shape.check(root, type, "");
    return shape.problems;
  }

  private void check(JsonNode node, Type type, String path) {
    if (type instanceof Class<?> c && c.isRecord()) {
      checkRecord(node, c, path);
    } else if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      checkList(node, p.getActualTypeArguments()[0], path);
    } else if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      checkMap(node, p.getActualTypeArguments()[1], path);
    } else if (type == String.class) {
      expect(node.isTextual() && !node.asText().isBlank(), path, "a text that is not blank");
    } else if (type == int.class || type == Integer.class) {
      expect(node.isIntegralNumber() && node.canConvertToInt(), path, "a whole number");
    } else if (type == double.class) {
      expect(node.isNumber(), path, "a number");
    } else {
      throw new IllegalStateException("no shape check for " + type.getTypeName() + " at " + path);
    }
  }

  private void checkRecord(JsonNode node, Class<?> type, String path) {
    if (!expect(node.isObject(), path, "an object")) {
      return;
    }
    Set<String> known = new HashSet<>();
    for (RecordComponent c : type.getRecordComponents()) {
      known.add(c.getName());
    }
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!known.contains(key) && !key.equals(COMMENT)) {
                problems.add("unknown key " + join(path, key));
              }
            });
    for (RecordComponent c : type.getRecordComponents()) {
      JsonNode value = node.get(c.getName());
      if (value == null) {
        problems.add("missing key " + join(path, c.getName()));
      } else {
        check(value, c.getGenericType(), join(path, c.getName()));
      }
    }
  }

  private void checkList(JsonNode node, Type element, String path) {
    if (!expect(node.isArray(), path, "a list")) {
      return;
    }
    if (node.isEmpty()) {
      problems.add("empty list " + path);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode entry = node.get(i);
      check(entry, element, path + "[" + i + "]");
      if (entry.isTextual() && !seen.add(entry.asText())) {
        problems.add("repeated entry " + path + "[" + i + "]: \"" + entry.asText() + "\"");
      }
    }
  }

  private void checkMap(JsonNode node, Type value, String path) {
    if (!expect(node.isObject(), path, "an object")) {
      return;
    }
    if (node.isEmpty()) {
      problems.add("empty map " + path);
    }
    node.fields().forEachRemaining(e -> check(e.getValue(), value, join(path, e.getKey())));
  }

  private boolean expect(boolean fits, String path, String what) {
    if (!fits) {
      problems.add((path.isEmpty() ? "the file" : path) + " must be " + what);
    }
    return fits;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
