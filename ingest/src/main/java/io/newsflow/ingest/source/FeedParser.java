package io.newsflow.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds the article links of an RSS 2.0, RSS 1.0 (RDF) or Atom feed. jsoup's XML parser is
 * lenient, so a slightly broken feed still yields its links; relative links resolve against the
 * feed's URL. Links come back in feed order without duplicates.
 */
public final class FeedParser {
  private FeedParser() {}

  public static List<String> articleLinks(byte[] xml, String feedUrl) {
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
        links.add(resolve(feed, link.text().strip()));
      }
    }
    for (Element entry : feed.getElementsByTag("entry")) { // Atom
      String href = atomLink(entry);
      if (href != null) {
        links.add(resolve(feed, href));
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

  private static String resolve(Document feed, String link) {
    try {
      return java.net.URI.create(feed.location()).resolve(link).toString();
    } catch (IllegalArgumentException e) {
      return link; // the fetcher reports it as invalid_url
    }
  }
}
