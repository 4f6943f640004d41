package io.newsflow.enrich.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.SharedFiles;
import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.html.Fixtures;
import io.newsflow.enrich.html.HtmlPageParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The light Markdown form: structure, links, escaping, and the same words as the text. */
class MarkdownTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaultRules();
  private static final String BASE = "https://news.example.com/world/story.html";
  private static final String PROSE =
      "This sentence is long enough to be read as article text, with a comma or two, surely.";

  private static Extraction extract(String bodyHtml) {
    String html =
        "<html><head><title>Page</title></head><body><article>"
            + bodyHtml
            + "</article></body></html>";
    return EXTRACTOR.extract(
        new HtmlPageParser().parse(html.getBytes(StandardCharsets.UTF_8), "UTF-8", BASE));
  }

  @Test
  void headingsCarryTheirLevel() {
    Extraction ex =
        extract(
            "<p>"
                + PROSE
                + "</p><h2>Second level</h2><p>"
                + PROSE
                + "</p><h3>Third level</h3><p>"
                + PROSE
                + "</p><h6>Sixth</h6><p>"
                + PROSE
                + "</p>");

    assertTrue(ex.markdown().contains("\n\n## Second level\n\n"), ex::markdown);
    assertTrue(ex.markdown().contains("\n\n### Third level\n\n"), ex::markdown);
    assertTrue(ex.markdown().contains("\n\n###### Sixth\n\n"), ex::markdown);
  }

  @Test
  void listsAreMarkedAndNestedListsIndented() {
    Extraction ex =
        extract(
            "<p>"
                + PROSE
                + "</p><ul><li>Apples are red or green"
                + "<ul><li>Some are sour</li><li>Some are sweet</li></ul></li><li>Pears are softer</li></ul>"
                + "<p>"
                + PROSE
                + "</p><ol><li>First step of three</li><li>Second step of three</li></ol>"
                + "<ol start=\"7\"><li>Seventh item here</li></ol>");

    assertTrue(
        ex.markdown()
            .contains(
                "- Apples are red or green\n  - Some are sour\n  - Some are sweet\n- Pears are softer"),
        ex::markdown);
    assertTrue(
        ex.markdown().contains("1. First step of three\n2. Second step of three"), ex::markdown);
    assertTrue(ex.markdown().contains("7. Seventh item here"), ex::markdown);
  }

  @Test
  void linksAreAbsoluteAndScriptOrFragmentLinksStayText() {
    Extraction ex =
        extract(
            "<p>Read <a href=\"../markets/today.html\">the markets report</a>, "
                + "<a href=\"https://other.example.org/a b\">another site</a>, "
                + "<a href=\"#comments\">the comments</a> and <a href=\"javascript:share()\">share it</a>. "
                + PROSE
                + "</p>");

    String md = ex.markdown();
    assertTrue(
        md.contains("[the markets report](https://news.example.com/markets/today.html)"), md);
    assertTrue(md.contains("[another site](https://other.example.org/a%20b)"), md);
    assertTrue(md.contains(" the comments and share it."), md);
    assertFalse(md.contains("javascript:"), md);
    assertFalse(md.contains("#comments"), md);
  }

  @Test
  void quotesArePrefixed() {
    Extraction ex =
        extract(
            "<p>"
                + PROSE
                + "</p><blockquote><p>We never saw orders like these,"
                + " said the chief executive.</p></blockquote><p>"
                + PROSE
                + "</p>");

    assertTrue(
        ex.markdown()
            .contains("\n\n> We never saw orders like these, said the chief executive.\n\n"),
        ex::markdown);
  }

  @Test
  void markdownCharactersInTextAreEscaped() {
    Extraction ex =
        extract(
            "<p># Not a heading, 2*3 = 6 and [brackets] with &lt;b&gt;tags&lt;/b&gt;,"
                + " a `tick`, snake_case and _under_ and &amp;amp; "
                + PROSE
                + "</p>"
                + "<p>1999. A year worth a paragraph of its own, with commas, to be kept.</p>"
                + "<p>- Not a list item but a sentence of text, kept as such, really.</p>");

    String md = ex.markdown();
    assertTrue(
        md.contains("\\# Not a heading, 2\\*3 = 6 and \\[brackets\\] with \\<b>tags\\</b>,"), md);
    assertTrue(md.contains("a \\`tick\\`, snake_case and \\_under\\_ and \\&amp;"), md);
    assertTrue(md.contains("1999\\. A year"), md);
    assertTrue(md.contains("\\- Not a list item"), md);
  }

  @Test
  void preformattedTextIsFenced() {
    Extraction ex = extract("<p>" + PROSE + "</p><pre>int x = a*b;</pre><p>" + PROSE + "</p>");

    assertTrue(ex.markdown().contains("```\nint x = a*b;\n```"), ex::markdown);
  }

  @Test
  void hostileMarkupYieldsPlainSafeMarkdown() {
    Extraction ex =
        extract(
            "<p>"
                + PROSE
                + " <a href=\"vbscript:x\">bad</a> "
                + "<a href=\"data:text/html,<script>\">data</a> <a href=\"https://ok.example/)(x\">odd</a>"
                + " <a href=\"https://a.example/\"><a href=\"https://b.example/\">nested</a></a></p>"
                + "<ul><li><blockquote><h2>Heading in a quote in a list</h2></blockquote></li></ul>");

    String md = ex.markdown();
    assertFalse(md.contains("vbscript:") || md.contains("data:text"), md);
    assertTrue(md.contains("[odd](https://ok.example/%29%28x)"), md);
    assertTrue(md.contains("> ## Heading in a quote in a list"), md);
    assertSameWords(ex);
  }

  @Test
  void hundredThousandNestedListsDoNotThrow() {
    Element inner = new Element("li").text(PROSE);
    for (int i = 0; i < 100_000; i++) {
      inner = new Element(i % 2 == 0 ? "ul" : "li").appendChild(inner);
    }
    Document doc = Document.createShell(BASE);
    doc.body().appendChild(inner);

    Extraction ex = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> EXTRACTOR.extract(doc));

    assertTrue(ex.markdown().contains(PROSE.substring(0, 30)), ex::markdown);
    assertTrue(ex.markdown().length() < PROSE.length() * 2, "indentation stays bounded");
  }

  @Test
  void emptyPageHasEmptyMarkdown() {
    assertEquals("", EXTRACTOR.extract(Document.createShell(BASE)).markdown());
  }

  @Test
  void fixturePagesHaveTheSameWordsInMarkdownAsInText() {
    for (String page : List.of("news-article-with-boilerplate.html", "plain-blog-post.html")) {
      Extraction ex = EXTRACTOR.extract(Fixtures.page(page, BASE));
      assertFalse(ex.markdown().isEmpty(), page);
      assertSameWords(ex);
    }
  }

  @Test
  void developmentPagesHaveTheSameWordsInMarkdownAsInText() throws IOException {
    Path dataset = SharedFiles.readabilityPages().orElse(null);
    assumeTrue(dataset != null, "development dataset not found");
    int pages = 0;
    try (Stream<Path> dirs = Files.list(dataset)) {
      for (Path dir : dirs.sorted().toList()) {
        Path source = dir.resolve("source.html");
        if (!Files.exists(source)) {
          continue;
        }
        Extraction ex =
            EXTRACTOR.extract(
                new HtmlPageParser()
                    .parse(
                        Files.readAllBytes(source),
                        "https://example.com/" + dir.getFileName() + "/"));
        assertSameWords(ex);
        pages++;
      }
    }
    assertTrue(pages > 100, "pages " + pages);
  }

  /** The Markdown without its markup reads word for word like the plain text. */
  private static void assertSameWords(Extraction ex) {
    List<String> expected = words(ex.text());
    List<String> got = words(plainText(ex.markdown()));
    int i = 0;
    while (i < expected.size() && i < got.size() && expected.get(i).equals(got.get(i))) {
      i++;
    }
    int at = i;
    assertEquals(
        expected.size(),
        at,
        () ->
            "words differ at "
                + at
                + ": text "
                + expected.subList(at, Math.min(expected.size(), at + 8))
                + " markdown "
                + got.subList(at, Math.min(got.size(), at + 8))
                + " in "
                + ex.title());
    assertEquals(
        expected.size(),
        got.size(),
        () -> "markdown has extra words " + got.subList(at, got.size()));
  }

  private static List<String> words(String s) {
    return s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
  }

  /** Markdown back to text: line markers, fences, link targets and backslash escapes removed. */
  static String plainText(String markdown) {
    StringBuilder out = new StringBuilder();
    boolean fenced = false;
    for (String line : markdown.split("\n")) {
      String l = line;
      while (l.startsWith("> ")) {
        l = l.substring(2);
      }
      if (l.equals("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) { // code is verbatim
        out.append(l).append('\n');
        continue;
      }
      l = l.stripLeading().replaceFirst("^(#{1,6} |- |\\d+\\. )", "");
      out.append(unescapeLinks(l)).append('\n');
    }
    return out.toString();
  }

  private static String unescapeLinks(String line) {
    StringBuilder out = new StringBuilder();
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        out.append(line.charAt(++i));
      } else if (c == '[') {
        open.add(out.length());
      } else if (c == ']' && !open.isEmpty() && line.startsWith("](", i)) {
        open.remove(open.size() - 1);
        i = line.indexOf(')', i); // link targets hold no ')': it is percent-encoded
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
