package io.newsflow.enrich.metadata;

import io.newsflow.enrich.dom.TextStats;
import io.newsflow.enrich.rules.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Collects, during the one walk over the document, what metadata extraction reads: meta tags,
 * JSON-LD scripts, the canonical link, the first h1, the publication {@code <time>}, the byline.
 */
public final class MetaScan {
  private static final int MAX_TAGS = 200;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String[] META_KEY_ATTRIBUTES = {
    "property", "name", "itemprop", "http-equiv"
  };

  /** First content per lower-cased name/property/itemprop/http-equiv. */
  final Map<String, String> meta = new HashMap<>();

  /** Which attribute set each key: a "property" value beats a "name" value whatever the order. */
  private final Map<String, Integer> metaRank = new HashMap<>();

  final List<String> jsonLd = new ArrayList<>();

  /** Every article:tag value; the meta map keeps only the first of a repeated key. */
  final List<String> tags = new ArrayList<>();

  /** The first {@code <title>} of the head (what {@code Document.title()} reads). */
  Element title;

  Element canonical;

  /** The first {@code <link rel="image_src">}. */
  Element imageLink;

  /** The first few h1 elements: the first is often the site's logo, not the headline. */
  final List<Element> h1s;

  private final int maxH1s;
  String firstTime;
  String publishedTime;

  private final BylineFinder bylines;

  /**
   * Searching the body for a byline element is only worth it when the head names no author; set
   * when the walk reaches {@code <body>}. The head itself holds no visible byline to offer.
   */
  private boolean bylineNeeded;

  MetaScan(BylineFinder bylines, int maxH1s) {
    this.bylines = bylines;
    this.maxH1s = maxH1s;
    this.h1s = new ArrayList<>(maxH1s);
  }

  /** Best byline element text seen during the walk, or null. */
  String byline() {
    return bylines.best();
  }

  /** Called for every element of the document, in document order. */
  public void visit(Element e) {
    switch (e.normalName()) {
      case "meta" -> addMeta(e);
      case "script" -> {
        if (e.attr("type").contains("ld+json")) {
          jsonLd.add(e.data());
        }
      }
      case "link" -> {
        if (e.hasAttr("href")) {
          String rel = e.attr("rel").trim();
          if (canonical == null && "canonical".equalsIgnoreCase(rel)) {
            canonical = e;
          } else if (imageLink == null && "image_src".equalsIgnoreCase(rel)) {
            imageLink = e;
          }
        }
      }
      case "h1" -> {
        if (h1s.size() < maxH1s) {
          h1s.add(e);
        }
      }
      case "time" -> addTime(e);
      case "title" -> {
        if (title == null && inHead(e)) {
          title = e;
        }
      }
      default -> {}
    }
    if ("body".equals(e.normalName())) {
      bylineNeeded = !declaresAuthor();
    }
  }

  /**
   * After the walk, when the head named no author: offers the body's numbered elements that have
   * attributes to the byline search, in document order, until the strongest hint has matched.
   */
  public void findByline(TextStats stats) {
    if (!bylineNeeded || stats.body() < 0) {
      return;
    }
    for (int i = stats.body(); i < stats.size() && !bylines.done(); i++) {
      Element e = stats.element(i);
      if (e.attributesSize() > 0) {
        bylines.offer(e, stats);
      }
    }
  }

  private static boolean inHead(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if ("head".equals(p.normalName())) {
        return true;
      }
    }
    return false;
  }

  private boolean declaresAuthor() {
    for (String key : MetadataExtractor.AUTHOR_META_KEYS) {
      String value = meta.get(key);
      if (value != null && !value.startsWith("http")) {
        return true;
      }
    }
    for (String json : jsonLd) {
      if (json.contains("\"author\"")) {
        return true;
      }
    }
    return false;
  }

  private void addMeta(Element m) {
    String raw = m.attr("content");
    if (raw.isEmpty()) {
      return;
    }
    String content = null;
    for (int rank = 0; rank < META_KEY_ATTRIBUTES.length; rank++) {
      String keys = m.attr(META_KEY_ATTRIBUTES[rank]);
      if (keys.isEmpty()) {
        continue;
      }
      content = content == null ? Texts.normalize(raw) : content;
      if (content.isEmpty()) {
        return;
      }
      keys = keys.trim().toLowerCase(Locale.ROOT);
      if (keys.indexOf(' ') < 0) {
        putMeta(keys, content, rank);
      } else {
        for (String key : SPACES.split(keys)) {
          putMeta(key, content, rank);
        }
      }
    }
  }

  private void putMeta(String rawKey, String content, int rank) {
    if (rawKey.equals("article:tag") && tags.size() < MAX_TAGS) {
      tags.add(content);
    }
    String key =
        rawKey.startsWith("dc:") || rawKey.startsWith("dcterms:")
            ? rawKey.replaceFirst(":", ".")
            : rawKey; // Dublin Core is spelt both ways
    Integer existing = metaRank.get(key);
    if (existing == null || rank < existing) {
      meta.put(key, content);
      metaRank.put(key, rank);
    }
  }

  private void addTime(Element time) {
    String value = time.attr("datetime");
    if (value.isBlank()) {
      value = time.attr("content"); // microdata written as on a meta tag
    }
    if (value.isBlank()) {
      return;
    }
    if (firstTime == null) {
      firstTime = value;
    }
    if (publishedTime == null
        && (time.hasAttr("pubdate") || "datePublished".equals(time.attr("itemprop")))) {
      publishedTime = value;
    }
  }
}
