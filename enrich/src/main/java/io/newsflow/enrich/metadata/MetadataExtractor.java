package io.newsflow.enrich.metadata;

import io.newsflow.enrich.article.PageMetadata;
import io.newsflow.enrich.dom.TextStats;
import io.newsflow.enrich.dom.Urls;
import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.Texts;
import io.newsflow.enrich.rules.Thresholds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, authors, dates, language, canonical URL, site name and description from JSON-LD, meta tags
 * and a few well-known elements, in that order of trust.
 */
public final class MetadataExtractor {
  /** "A; B", "A & B", "A and B", "A und B": one byline, several names. */
  private static final Pattern NAME_SEPARATORS =
      Pattern.compile("\\s*(?:;|\\s&\\s|\\sand\\s|\\sund\\s)\\s*");

  private static final Pattern LEADING_COLONS = Pattern.compile("^[\\s:：]+");

  /** Meta names that carry the author, most trusted first. */
  static final List<String> AUTHOR_META_KEYS =
      List.of(
          "dc.creator",
          "dcterms.creator",
          "author",
          "article:author",
          "parsely-author",
          "sailthru.author",
          "byl");

  private final BoilerplateRules rules;
  private final Thresholds.Html t;
  private final TitleChooser titleChooser;
  private final TitleCleaner titles;
  private final String[] bylineNeedles;

  public MetadataExtractor(BoilerplateRules rules) {
    this.rules = rules;
    this.t = rules.thresholds().html();
    this.titleChooser = new TitleChooser(t);
    this.titles = new TitleCleaner(rules.titleSeparators(), t);
    this.bylineNeedles = BylineFinder.classNeedles(rules.bylineHints());
  }

  /** A fresh collector to pass to the page walk (see {@link TextStats#of}). */
  public MetaScan newScan() {
    return new MetaScan(
        new BylineFinder(rules.bylineHints(), bylineNeedles, t.bylineMaxChars()), t.maxH1s());
  }

  public PageMetadata extract(Document doc, MetaScan scan) {
    JsonLd ld = JsonLd.of(scan.jsonLd);
    Map<String, String> meta = scan.meta;
    String canonical = canonicalUrl(doc, scan.canonical, meta);
    String siteName =
        first(meta.get("og:site_name"), ld.publisherName(), meta.get("application-name"));
    List<String> authors = authors(scan, ld, meta);
    List<String> headings = headings(scan.h1s);
    List<String> jsonLdTitles = Arrays.asList(ld.text("name"), ld.text("headline"));
    List<String> metaTitles =
        Arrays.asList(
            meta.get("dc.title"),
            meta.get("dcterms.title"),
            meta.get("og:title"),
            meta.get("twitter:title"),
            meta.get("parsely-title"),
            meta.get("headline"));
    String title =
        title(
            scan.title, headings, jsonLdTitles, metaTitles, ld, meta, siteName, canonical, authors);
    return new PageMetadata(
        title,
        siteName,
        authors,
        publishedTime(doc, scan, ld, meta, canonical),
        DateNormalizer.normalize(
            first(
                ld.text("dateModified"),
                meta.get("article:modified_time"),
                meta.get("og:updated_time"),
                meta.get("datemodified"),
                meta.get("dcterms.modified"))),
        language(doc, meta),
        canonical,
        first(
            meta.get("og:description"),
            meta.get("description"),
            meta.get("twitter:description"),
            ld.text("description")),
        declaredBody(ld.rawText("articleBody")),
        mainImage(doc, scan, ld, meta, canonical),
        section(ld, meta),
        keywords(scan, ld, meta),
        declaredTitles(jsonLdTitles, metaTitles));
  }

  /** The declared titles as readers would see them, without repeats. */
  private static List<String> declaredTitles(List<String> jsonLdTitles, List<String> metaTitles) {
    List<String> out = new ArrayList<>();
    for (List<String> declared : List.of(jsonLdTitles, metaTitles)) {
      for (String t : declared) {
        String text = t == null ? "" : Texts.normalize(TitleCleaner.unescapeLeftovers(t));
        if (!text.isEmpty() && !out.contains(text)) {
          out.add(text);
        }
      }
    }
    return out;
  }

  private static List<String> headings(List<Element> h1s) {
    List<String> headings = new ArrayList<>();
    for (Element h1 : h1s) {
      String text = Texts.normalize(h1.text());
      if (!text.isEmpty()) {
        headings.add(text);
      }
    }
    return headings;
  }

  /** Open Graph, Twitter card, JSON-LD image, then {@code <link rel="image_src">}. */
  private static String mainImage(
      Document doc, MetaScan scan, JsonLd ld, Map<String, String> meta, String canonical) {
    List<String> candidates = new ArrayList<>();
    for (String key :
        List.of(
            "og:image",
            "og:image:url",
            "og:image:secure_url",
            "twitter:image",
            "twitter:image:src")) {
      candidates.add(meta.get(key));
    }
    candidates.addAll(ld.images());
    if (scan.imageLink != null) {
      candidates.add(scan.imageLink.attr("href"));
    }
    String pageUrl = doc.location().isEmpty() ? canonical : doc.location();
    return MainImage.first(pageUrl, candidates);
  }

  private String section(JsonLd ld, Map<String, String> meta) {
    List<String> ldSections = ld.texts("articleSection");
    String section =
        first(
            meta.get("article:section"),
            ldSections.isEmpty() ? null : ldSections.get(0),
            meta.get("section"));
    return section == null || section.length() > t.keywordMaxChars() ? null : section;
  }

  private List<String> keywords(MetaScan scan, JsonLd ld, Map<String, String> meta) {
    return new Keywords(t.maxKeywords(), t.keywordMaxChars())
        .addList(meta.get("keywords"))
        .addLists(scan.tags)
        .addList(meta.get("news_keywords"))
        .addLists(ld.texts("keywords"))
        .toList();
  }

  /** The same text as {@code Document.title()}, from the element the page walk found. */
  private static String titleText(Element title) {
    return title == null ? "" : StringUtil.normaliseWhitespace(title.text()).trim();
  }

  private String title(
      Element titleElement,
      List<String> headings,
      List<String> jsonLdTitles,
      List<String> metaTitles,
      JsonLd ld,
      Map<String, String> meta,
      String siteName,
      String url,
      List<String> authors) {
    String docTitle = emptyToNull(Texts.normalize(titleText(titleElement)));
    List<String> names =
        new ArrayList<>(
            List.of(
                nonNull(siteName),
                nonNull(ld.publisherName()),
                nonNull(meta.get("application-name")),
                nonNull(meta.get("apple-mobile-web-app-title"))));
    List<String> declaredSites = List.of(nonNull(siteName), nonNull(ld.publisherName()));
    String raw = titleChooser.choose(docTitle, headings, declaredSites, jsonLdTitles, metaTitles);
    boolean fromTitleElement = raw != null && raw.equals(docTitle);
    return titles.clean(
        TitleCleaner.unescapeLeftovers(raw), fromTitleElement, headings, names, authors, url);
  }

  private List<String> authors(MetaScan scan, JsonLd ld, Map<String, String> meta) {
    List<String> fromLd = cleanNames(ld.authors());
    if (!fromLd.isEmpty()) {
      return fromLd;
    }
    for (String key : AUTHOR_META_KEYS) {
      String value = meta.get(key);
      if (value != null && !value.startsWith("http")) {
        List<String> names = cleanNames(splitNames(value));
        if (!names.isEmpty()) {
          return names;
        }
      }
    }
    String byline = scan.byline();
    return byline == null ? List.of() : cleanNames(splitNames(byline));
  }

  private static List<String> splitNames(String value) {
    return List.of(NAME_SEPARATORS.split(value));
  }

  private List<String> cleanNames(List<String> raw) {
    List<String> names = new ArrayList<>();
    for (String r : raw) {
      String name = stripBylinePrefix(Texts.normalize(r));
      if (!name.isEmpty() && !name.startsWith("http") && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private String stripBylinePrefix(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String prefix : rules.bylinePrefixes()) {
      if (lower.startsWith(prefix) && text.length() > prefix.length()) {
        char next = text.charAt(prefix.length());
        if (next == ' ' || next == ':' || next == '：' || !Character.isLetter(prefix.charAt(0))) {
          return LEADING_COLONS.matcher(text.substring(prefix.length())).replaceFirst("").trim();
        }
      }
    }
    return text;
  }

  private static String publishedTime(
      Document doc, MetaScan scan, JsonLd ld, Map<String, String> meta, String canonical) {
    String[] candidates = {
      ld.text("datePublished"),
      meta.get("article:published_time"),
      meta.get("og:published_time"),
      meta.get("datepublished"),
      meta.get("parsely-pub-date"),
      meta.get("pubdate"),
      meta.get("publishdate"),
      meta.get("publish-date"),
      meta.get("dc.date.issued"),
      meta.get("dcterms.created"),
      meta.get("dc.date"),
      meta.get("date"),
      meta.get("sailthru.date"),
      ld.text("dateCreated")
    };
    for (String c : candidates) {
      String iso = DateNormalizer.normalize(c);
      if (iso != null) {
        return iso;
      }
    }
    String fromTime =
        DateNormalizer.normalize(scan.publishedTime != null ? scan.publishedTime : scan.firstTime);
    if (fromTime != null) {
      return fromTime;
    }
    String fromUrl = DateNormalizer.fromUrl(canonical);
    return fromUrl != null ? fromUrl : DateNormalizer.fromUrl(doc.location());
  }

  private static String language(Document doc, Map<String, String> meta) {
    Element html = root(doc);
    String lang = html == null ? "" : html.attr("lang").trim();
    if (lang.isEmpty() && html != null) {
      lang = html.attr("xml:lang").trim();
    }
    if (lang.isEmpty()) {
      lang =
          nonNull(
                  first(
                      meta.get("content-language"), meta.get("language"), meta.get("dc.language")))
              .split(",")[0]
              .trim();
    }
    return lang.isEmpty() ? null : lang.replace('_', '-');
  }

  /** The {@code <html>} element: the parsers put it first, so no search of the tree is needed. */
  private static Element root(Document doc) {
    Element first = doc.firstElementChild();
    return first != null && "html".equals(first.normalName()) ? first : doc.selectFirst("html");
  }

  private static String canonicalUrl(Document doc, Element link, Map<String, String> meta) {
    if (link != null) {
      String abs = Urls.absolute(link, "href");
      return abs.isEmpty() ? link.attr("href").trim() : abs;
    }
    String og = meta.get("og:url");
    if (og == null) {
      return emptyToNull(doc.location());
    }
    try {
      String base = doc.location();
      return base.isEmpty() ? og : java.net.URI.create(base).resolve(og.trim()).toString();
    } catch (IllegalArgumentException e) {
      return og;
    }
  }

  /** JSON-LD articleBody as plain text, one paragraph a line (some sites put HTML in it). */
  private static String declaredBody(String body) {
    if (body == null || body.indexOf('<') < 0) {
      return body;
    }
    Element root = org.jsoup.Jsoup.parseBodyFragment(body).body();
    StringBuilder text = new StringBuilder();
    for (Element p : root.select("p, h1, h2, h3, h4, li, blockquote")) {
      text.append(p.text()).append('\n');
    }
    return text.length() > 0 ? text.toString() : root.text();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
