package io.newsflow.enrich.metadata;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsflow.enrich.rules.Texts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/** The schema.org article object of a page's JSON-LD scripts, read leniently. */
final class JsonLd {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(
              JsonReadFeature.ALLOW_JAVA_COMMENTS,
              JsonReadFeature.ALLOW_TRAILING_COMMA,
              JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
              JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();
  private static final Pattern ARTICLE_TYPE =
      Pattern.compile("(?i).*(article|posting|report|review|story)$");
  private static final Pattern MENTIONS_ARTICLE =
      Pattern.compile("(?i)article|posting|report|review|story");
  private static final int MAX_SCRIPT_CHARS = 2_000_000;
  private static final int MAX_NODES = 20_000;

  private final JsonNode article;

  private JsonLd(JsonNode article) {
    this.article = article;
  }

  /** The first article object among the scripts' JSON texts. */
  static JsonLd of(List<String> scripts) {
    for (String json : scripts) {
      if (json.isBlank()
          || json.length() > MAX_SCRIPT_CHARS
          || !MENTIONS_ARTICLE.matcher(json).find()) {
        continue; // BreadcrumbList, WebSite... parsing them would only cost time
      }
      try {
        JsonNode found = findArticle(MAPPER.readTree(unwrap(json)));
        if (found != null) {
          return new JsonLd(found);
        }
      } catch (Exception e) {
        // broken JSON-LD is common; the page's other metadata still counts
      }
    }
    return new JsonLd(null);
  }

  /**
   * Strips the CDATA or comment wrappers some CMSs put around the JSON. Plain JSON is returned as
   * it is (the parser skips the surrounding whitespace): no copy of a script that can run to
   * hundreds of kilobytes.
   */
  private static String unwrap(String json) {
    int first = 0;
    while (first < json.length() && json.charAt(first) <= ' ') { // what trim() skips
      first++;
    }
    if (!json.startsWith("<", first)) {
      return json;
    }
    String s = json.trim();
    if (s.startsWith("<![CDATA[")) {
      s = s.substring(9);
      int end = s.lastIndexOf("]]>");
      s = end >= 0 ? s.substring(0, end) : s;
    } else if (s.startsWith("<!--")) {
      s = s.substring(4);
      int end = s.lastIndexOf("-->");
      s = end >= 0 ? s.substring(0, end) : s;
    }
    return s.trim();
  }

  /** Breadth-first over objects, arrays and @graph, bounded so hostile JSON stays cheap. */
  private static JsonNode findArticle(JsonNode root) {
    Deque<JsonNode> queue = new ArrayDeque<>();
    queue.add(root);
    int seen = 0;
    while (!queue.isEmpty() && seen++ < MAX_NODES) {
      JsonNode n = queue.poll();
      if (n.isObject() && isArticle(n.get("@type"))) {
        return n;
      }
      if (n.isArray() || n.isObject()) {
        n.forEach(
            child -> {
              if (child.isContainerNode()) {
                queue.add(child);
              }
            });
      }
    }
    return null;
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual() && ARTICLE_TYPE.matcher(type.asText()).matches();
  }

  String text(String field) {
    if (article == null) {
      return null;
    }
    JsonNode n = article.get(field);
    if (n != null && n.isArray() && n.size() > 0) {
      n = n.get(0);
    }
    return n != null && n.isValueNode() ? emptyToNull(n.asText()) : null;
  }

  /** A field's text with its line breaks kept (articleBody paragraphs). */
  String rawText(String field) {
    JsonNode n = article == null ? null : article.get(field);
    return n != null && n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
  }

  /**
   * Every text of a field that is a string or an array of strings ("keywords", "articleSection").
   */
  List<String> texts(String field) {
    List<String> out = new ArrayList<>();
    JsonNode n = article == null ? null : article.get(field);
    if (n != null && n.isArray()) {
      n.forEach(v -> addText(out, v));
    } else {
      addText(out, n);
    }
    return out;
  }

  private static void addText(List<String> out, JsonNode n) {
    if (n != null && n.isValueNode()) {
      String t = emptyToNull(n.asText());
      if (t != null) {
        out.add(t);
      }
    }
  }

  /** The image URLs of the article: a string, an ImageObject (url or contentUrl), or an array. */
  List<String> images() {
    List<String> urls = new ArrayList<>();
    JsonNode image = article == null ? null : article.get("image");
    if (image != null && image.isArray()) {
      image.forEach(i -> addImage(urls, i));
    } else {
      addImage(urls, image);
    }
    return urls;
  }

  private static void addImage(List<String> urls, JsonNode n) {
    if (n == null) {
      return;
    }
    if (n.isTextual()) {
      addText(urls, n);
    } else if (n.isObject()) {
      JsonNode url = n.hasNonNull("url") ? n.get("url") : n.get("contentUrl");
      if (url != null && url.isArray() && url.size() > 0) {
        url = url.get(0);
      }
      addText(urls, url);
    }
  }

  String publisherName() {
    return article == null ? null : nameOf(article.get("publisher"));
  }

  List<String> authors() {
    List<String> names = new ArrayList<>();
    if (article == null) {
      return names;
    }
    JsonNode author = article.get("author");
    if (author == null) {
      author = article.get("creator");
    }
    if (author != null && author.isArray()) {
      author.forEach(a -> addName(names, nameOf(a)));
    } else {
      addName(names, nameOf(author));
    }
    return names;
  }

  private static void addName(List<String> names, String name) {
    if (name != null && !names.contains(name)) {
      names.add(name);
    }
  }

  private static String nameOf(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isTextual()) {
      return emptyToNull(n.asText());
    }
    if (n.isArray() && n.size() > 0) {
      return nameOf(n.get(0));
    }
    JsonNode name = n.get("name");
    return name != null && name.isValueNode() ? emptyToNull(name.asText()) : null;
  }

  private static String emptyToNull(String s) {
    String n = Texts.normalize(s);
    return n.isEmpty() ? null : n;
  }
}
