package io.newsflow.enrich.page;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.html.HtmlPageParser;
import io.newsflow.schema.Article;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.SourceKind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * Fuzzes the whole page step (sniff, parse, extract, tag, assemble) with hostile pages: raw bytes,
 * and HTML built from the fuzzer's data out of the parts that extraction looks at. Whatever the
 * input, enrich must return an article or a rejection and never throw.
 *
 * <p>Plain test runs replay the seed corpus in {@code
 * src/test/resources/io/newsflow/enrich/page/PageEnricherFuzzTestInputs/<method>/} (regression
 * mode). To fuzz: {@code JAZZER_FUZZ=1 mvn -pl enrich -am test -Dtest=PageEnricherFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; findings land in that folder and stay as regression
 * seeds.
 */
class PageEnricherFuzzTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final PageEnricher ENRICHER =
      new PageEnricher(
          EnrichConfig.defaults(Path.of("target/fuzz-state")),
          new HtmlPageParser(),
          ArticleExtractor.withDefaultRules(),
          EntityRecognizer.loadDefault(),
          CLOCK);
  private static final String URL = "https://news.example.com/world/2024/05/story.html";

  private static final String[] CONTENT_TYPES = {
    "text/html", "application/xhtml+xml", "text/xml", "", "text/plain"
  };
  private static final String[] CHARSETS = {
    "UTF-8",
    "ISO-8859-1",
    "windows-1252",
    "Shift_JIS",
    "GB18030",
    "UTF-16",
    "UTF-16LE",
    "x-no-such-charset",
    "",
    "utf8;",
    "\u0000"
  };
  private static final String[] TAGS = {
    "div",
    "p",
    "article",
    "main",
    "section",
    "h1",
    "h2",
    "span",
    "a",
    "ul",
    "li",
    "table",
    "tr",
    "td",
    "blockquote",
    "figure",
    "figcaption",
    "img",
    "time",
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "select",
    "option",
    "textarea",
    "form",
    "header",
    "footer",
    "nav",
    "aside",
    "pre",
    "code",
    "br",
    "hr",
    "b",
    "i",
    "frameset",
    "plaintext",
    "xmp",
    "title",
    "meta",
    "link",
    "body",
    "html",
    "head",
    "button",
    "label",
    "input",
    "picture",
    "source",
    "video",
    "object",
    "embed",
    "base"
  };
  private static final String[] ATTRIBUTES = {
    "class",
    "id",
    "itemprop",
    "property",
    "name",
    "content",
    "href",
    "src",
    "srcset",
    "datetime",
    "rel",
    "lang",
    "dir",
    "role",
    "type",
    "style",
    "data-src",
    "charset",
    "http-equiv",
    "pubdate",
    "aria-hidden",
    "hidden",
    "alt",
    "title"
  };
  private static final String[] VALUES = {
    "content",
    "article-body",
    "post-content",
    "share",
    "related",
    "byline",
    "author",
    "comments",
    "sidebar",
    "footer",
    "cookie",
    "newsletter",
    "headline",
    "articleBody",
    "datePublished",
    "og:title",
    "og:image",
    "og:site_name",
    "article:tag",
    "article:section",
    "keywords",
    "news_keywords",
    "twitter:image",
    "canonical",
    "image_src",
    "application/ld+json",
    "description",
    "2024-05-01T10:00:00+02:00",
    "//cdn.example.com/a.jpg",
    "javascript:alert(1)",
    "data:image/png;base64,AAAA",
    "../../../x",
    "http://[::1",
    "https://",
    "zh-Hans",
    "ar",
    "rtl",
    "display:none",
    "text/html; charset=Shift_JIS",
    "Content-Type"
  };
  private static final String[] JSON_LD = {
    "{\"@type\":\"NewsArticle\",\"headline\":\"%s\",\"image\":[{\"url\":\"%s\"}],\"keywords\":[\"%s\"]}",
    "{\"@graph\":[{\"@type\":[\"Article\",\"%s\"],\"author\":{\"name\":\"%s\"},\"articleBody\":\"%s\"}]}",
    "[{\"@type\":\"ReportageNewsArticle\",\"datePublished\":\"%s\",\"articleSection\":[\"%s\",\"%s\"]}",
    "<!--{\"@type\":\"BlogPosting\",\"name\":\"%s\",\"publisher\":{\"name\":\"%s\"},\"image\":\"%s\"}-->",
  };

  @FuzzTest(maxDuration = "5m")
  void rawBytes(byte[] body) {
    check(page(body, "text/html", null));
  }

  @FuzzTest(maxDuration = "5m")
  void generatedHtml(FuzzedDataProvider data) {
    String contentType = data.pickValue(CONTENT_TYPES);
    String charset = data.consumeBoolean() ? data.pickValue(CHARSETS) : null;
    String html = new PageBuilder(data).build();
    byte[] body =
        data.consumeBoolean()
            ? html.getBytes(StandardCharsets.UTF_8)
            : html.getBytes(
                java.nio.charset.Charset.forName(
                    data.pickValue(new String[] {"UTF-16", "ISO-8859-1", "GB18030"})));
    check(page(body, contentType, charset));
  }

  private static void check(RawPage page) {
    EnrichResult result = ENRICHER.enrich(page, ref(page));
    assertNotNull(result);
    if (result instanceof EnrichResult.Enriched enriched) {
      Article a = enriched.article();
      assertNotNull(a.getText());
      assertNotNull(a.getKeywords());
    } else {
      assertNotNull(((EnrichResult.Rejected) result).rejection().reason());
    }
  }

  private static RawPage page(byte[] body, String contentType, String charset) {
    return RawPage.newBuilder()
        .setRequestedUrl(URL)
        .setFinalUrl(URL)
        .setFetchedAt(CLOCK.instant())
        .setHttpStatus(200)
        .setContentType(contentType)
        .setCharset(charset)
        .setHeaders(Map.of())
        .setBody(ByteBuffer.wrap(body))
        .setSourceKind(SourceKind.LIST)
        .build();
  }

  private static RawPageRef ref(RawPage page) {
    return RawPageRef.newBuilder()
        .setTopic("news.raw-pages")
        .setPartition(0)
        .setOffset(0)
        .setRequestedUrl(page.getRequestedUrl())
        .setFetchedAt(page.getFetchedAt())
        .build();
  }

  /**
   * HTML from the fuzzer's choices: elements, attributes, text, deep nesting, JSON-LD, huge values.
   */
  private static final class PageBuilder {
    private static final int MAX_PARTS = 400;
    private final FuzzedDataProvider data;
    private final StringBuilder out = new StringBuilder();

    PageBuilder(FuzzedDataProvider data) {
      this.data = data;
    }

    String build() {
      if (data.consumeBoolean()) {
        out.append("<!DOCTYPE html><html lang=\"")
            .append(data.pickValue(VALUES))
            .append("\"><head>");
      }
      for (int i = 0; i < MAX_PARTS && data.remainingBytes() > 0; i++) {
        switch (data.consumeInt(0, 9)) {
          case 0 -> openTag();
          case 1 -> out.append("</").append(data.pickValue(TAGS)).append('>');
          case 2, 3 -> out.append(data.consumeString(200));
          case 4 -> nest();
          case 5 -> jsonLd();
          case 6 -> hugeAttribute();
          case 7 -> out.append("<p>").append(sentence()).append("</p>");
          case 8 ->
              out.append(
                  data.pickValue(
                      new String[] {
                        "&amp;",
                        "&#0;",
                        "&#x110000;",
                        "&nbsp",
                        "<!--",
                        "-->",
                        "<![CDATA[",
                        "]]>",
                        "<?xml?>",
                        "\uFEFF",
                        "\uFFFD",
                        "\u202E",
                        "\r",
                        "\u0000",
                        "&lt;script&gt;"
                      }));
          default -> out.append(data.consumeAsciiString(50));
        }
      }
      return out.toString();
    }

    private void openTag() {
      out.append('<').append(data.pickValue(TAGS));
      int attributes = data.consumeInt(0, 4);
      for (int a = 0; a < attributes; a++) {
        out.append(' ')
            .append(data.pickValue(ATTRIBUTES))
            .append("=\"")
            .append(data.consumeBoolean() ? data.pickValue(VALUES) : data.consumeString(60))
            .append('"');
      }
      out.append('>');
    }

    /** Up to 100,000 levels of one element, closed or not. */
    private void nest() {
      String tag = data.pickValue(TAGS);
      int depth =
          Math.min(100_000, 1 << data.consumeInt(0, 17)); // log-uniform: most runs stay fast
      out.append(("<" + tag + ">").repeat(depth)).append(sentence());
      if (data.consumeBoolean()) {
        out.append(("</" + tag + ">").repeat(depth));
      }
    }

    private void jsonLd() {
      String template = data.pickValue(JSON_LD);
      Object[] args = {data.consumeString(80), data.consumeString(80), data.consumeString(80)};
      out.append("<script type=\"application/ld+json\">")
          .append(String.format(Locale.ROOT, template, args))
          .append("</script>");
    }

    /** An attribute value of up to a megabyte. */
    private void hugeAttribute() {
      out.append('<')
          .append(data.pickValue(new String[] {"meta", "div", "img", "a", "link"}))
          .append(' ')
          .append(data.pickValue(ATTRIBUTES))
          .append("=\"")
          .append(
              data.pickValue(new String[] {"x", "x ", ",", "é", "/"})
                  .repeat(1 << data.consumeInt(0, 20)))
          .append("\">");
    }

    private String sentence() {
      return "The minister said on Tuesday that the plan, which costs millions, would start next year. "
          + data.consumeString(100);
    }
  }
}
