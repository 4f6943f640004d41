package io.newsflow.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  @Test
  void readsItemLinksOfAnRss2Feed() {
    String rss =
        "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><link>https://ex.com/</link>"
            + "<item><title>A</title><link>https://ex.com/a</link></item>"
            + "<item><title>B</title><link> /b </link></item><item><title>A again</title><link>https://ex.com/a</link></item>"
            + "</channel></rss>";
    assertEquals(
        List.of("https://ex.com/a", "https://ex.com/b"),
        FeedParser.articleLinks(rss.getBytes(StandardCharsets.UTF_8), "https://ex.com/feed.xml"));
  }

  @Test
  void keepsWhatAnRssItemSaysAboutItsPage() {
    String rss =
        "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><language>de</language>"
            + "<item><title> Wahl  in Berlin </title><link>https://ex.com/a</link>"
            + "<pubDate>Thu, 08 May 2025 21:40:12 GMT</pubDate>"
            + "<category>Politik</category><category>Berlin</category></item>"
            + "<item><link>https://ex.com/b</link></item></channel></rss>";

    List<Listed> items =
        FeedParser.articles(rss.getBytes(StandardCharsets.UTF_8), "https://ex.com/feed.xml");

    io.newsflow.schema.Listing a = items.get(0).listing();
    assertEquals("Wahl in Berlin", a.getTitle());
    assertEquals("2025-05-08T21:40:12Z", a.getPublishedTime());
    assertEquals("de", a.getLanguage());
    assertEquals(List.of("Politik", "Berlin"), a.getKeywords());
    assertEquals("de", items.get(1).listing().getLanguage(), "the channel's language");
    assertEquals(null, items.get(1).listing().getTitle());
  }

  @Test
  void readsAlternateLinksOfAnAtomFeed() {
    String atom =
        "<feed xmlns='http://www.w3.org/2005/Atom'><link rel='self' href='https://ex.com/atom'/>"
            + "<entry><link rel='alternate' href='https://ex.com/1'/><link rel='edit' href='https://ex.com/e'/></entry>"
            + "<entry><link href='https://ex.com/2'/></entry></feed>";
    assertEquals(
        List.of("https://ex.com/1", "https://ex.com/2"),
        FeedParser.articleLinks(atom.getBytes(StandardCharsets.UTF_8), "https://ex.com/atom"));
  }

  @Test
  void readsAnRdfFeed() {
    String rdf =
        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns='http://purl.org/rss/1.0/'>"
            + "<channel><link>https://ex.com/</link></channel><item rdf:about='https://ex.com/x'><link>https://ex.com/x</link></item></rdf:RDF>";
    assertEquals(
        List.of("https://ex.com/x"),
        FeedParser.articleLinks(rdf.getBytes(StandardCharsets.UTF_8), "https://ex.com/rdf"));
  }

  @Test
  void yieldsNothingForSomethingThatIsNotAFeed() {
    assertEquals(
        List.of(), FeedParser.articleLinks(new byte[] {0, 1, 2, (byte) 0xff}, "https://ex.com/x"));
  }

  @Test
  void stillReadsTheLinksOfABrokenFeed() {
    String broken =
        "<rss version=\"2.0\"><channel><item><title>A & B</title><link>https://ex.com/a</link></item>"
            + "<item><link>/b</link></item>"; // unescaped ampersand, never closed
    assertEquals(
        List.of("https://ex.com/a", "https://ex.com/b"),
        FeedParser.articleLinks(broken.getBytes(StandardCharsets.UTF_8), "https://ex.com/feed"));
  }

  @Test
  void refusesXmlExternalEntities() throws java.io.IOException {
    java.nio.file.Path secret = java.nio.file.Files.createTempFile("secret", ".txt");
    java.nio.file.Files.writeString(secret, "TOPSECRET");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + "<rss version=\"2.0\"><channel><item><link>https://ex.com/&x;</link></item></channel></rss>";
    List<String> links =
        FeedParser.articleLinks(xxe.getBytes(StandardCharsets.UTF_8), "https://ex.com/feed");
    links.forEach(
        l ->
            org.junit.jupiter.api.Assertions.assertFalse(
                l.contains("TOPSECRET"), "an entity was expanded: " + l));
    java.nio.file.Files.delete(secret);
  }
}
