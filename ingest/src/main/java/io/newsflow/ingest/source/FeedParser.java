package io.newsflow.ingest.source;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds the article links of an RSS 0.9x, 1.0 (RDF), 2.0 or Atom feed with Rome (which also finds
 * the encoding and refuses DOCTYPEs, so no XML external entities). A feed Rome cannot read (broken
 * XML is common) is read again with jsoup's lenient XML parser, so it still yields its links.
 * Relative links resolve against the feed's URL. Links come back in feed order without duplicates.
 */
public final class FeedParser {
  private FeedParser() {}

  public static List<String> articleLinks(byte[] xml, String feedUrl) {
    return articles(xml, feedUrl).stream().map(Listed::url).toList();
  }

  /** The linked pages with what the feed says about each: title, date, language, categories. */
  public static List<Listed> articles(byte[] xml, String feedUrl) {
    try {
      return withRome(xml, feedUrl);
    } catch (FeedException | IOException | RuntimeException e) {
      return leniently(xml, feedUrl).stream().map(url -> new Listed(url, null)).toList();
    }
  }

  private static List<Listed> withRome(byte[] xml, String feedUrl)
      throws FeedException, IOException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(xml))) {
      feed = input.build(reader);
    }
    Map<String, Listed> links = new LinkedHashMap<>();
    for (SyndEntry entry : feed.getEntries()) {
      String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
      if (link != null && !link.isBlank()) {
        String url = resolve(feedUrl, link.strip());
        links.putIfAbsent(url, new Listed(url, listing(feed, entry)));
      }
    }
    return List.copyOf(links.values());
  }

  private static io.newsflow.schema.Listing listing(SyndFeed feed, SyndEntry entry) {
    java.util.Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return Listed.listing(
        entry.getTitle(),
        date == null ? null : date.toInstant(),
        feed.getLanguage(),
        entry.getCategories().stream()
            .map(c -> c.getName())
            .filter(java.util.Objects::nonNull)
            .toList());
  }

  static List<String> leniently(byte[] xml, String feedUrl) {
    Document feed;
    try {
      feed = Jsoup.parse(new ByteArrayInputStream(xml), null, feedUrl, Parser.xmlParser());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory stream
    }
    Set<String> links = new LinkedHashSet<>();
    for (Element item : feed.getElementsByTag("item")) { // RSS 2.0 and RSS 1.0
      Element link = item.getElementsByTag("link").first();
      if (link != null && !link.text().isBlank()) {
        links.add(resolve(feed.location(), link.text().strip()));
      }
    }
    for (Element entry : feed.getElementsByTag("entry")) { // Atom
      String href = atomLink(entry);
      if (href != null) {
        links.add(resolve(feed.location(), href));
      }
    }
    return List.copyOf(links);
  }

  private static String atomLink(Element entry) {
    for (Element link : entry.getElementsByTag("link")) {
      String rel = link.attr("rel");
      if ((rel.isEmpty() || rel.equals("alternate")) && !link.attr("href").isBlank()) {
        return link.attr("href").strip();
      }
    }
    return null;
  }

  private static String resolve(String base, String link) {
    try {
      return java.net.URI.create(base).resolve(link).toString();
    } catch (IllegalArgumentException e) {
      return link; // the fetcher reports it as invalid_url
    }
  }
}
