package io.newsflow.enrich.dom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The shortcut resolution agrees with jsoup's absUrl, which it replaces on hot paths. */
class UrlsTest {
  private static final List<String> BASES =
      List.of(
          "https://news.example.com/world/story.html",
          "https://news.example.com",
          "http://example.org/a/b/?q=1#top",
          "https://例子.测试/路径/",
          "https://user@Example.COM:8443/dir/page",
          "http://[::1]:8080/x",
          "https://exa_mple.com/y",
          "");
  private static final List<String> HREFS =
      List.of(
          "https://cdn.example.net/img/a.jpg",
          "//upload.example.org/x.png",
          "/wiki/File:Map.png",
          "../up/one.html",
          "./same.html",
          "plain.html",
          "?page=2",
          "#frag",
          "a b.html",
          "/path%20with%20escape",
          "/bad%zz",
          "HTTP://UPPER.example.com/",
          "https://example.com/a/../b",
          "mailto:x@example.com",
          "javascript:void(0)",
          "data:image/gif;base64,R0lGOD",
          "/ünïcode",
          " /padded ",
          "http://example.com/\\back",
          "",
          // root paths take the fast route: these probe what java.net.URI accepts there
          "/a?b=c#d",
          "/a#b#c",
          "/a|b",
          "/a{b}",
          "/a[0]",
          "/a?x=[1]",
          "/?",
          "/#",
          "/",
          "/a'b(c)",
          "/wiki/Foo_(bar)",
          "/x;y=1",
          "/a?b?c",
          "/a#b?c",
          "/~user/",
          "/a\"b",
          "/a^b",
          "/a`b",
          "/a/./b",
          "/a/../b",
          "/%41%zz",
          "/a<b>");

  @Test
  void agreesWithJsoupAbsUrl() {
    Urls.Base shared = new Urls.Base();
    for (String base : BASES) {
      for (String href : HREFS) {
        Element a = new Element("a");
        a.setBaseUri(base);
        a.attr("href", href);
        String expected = a.absUrl("href");
        assertEquals(expected, Urls.absolute(a, "href"), base + " + " + href);
        assertEquals(expected, Urls.absolute(a, "href", shared), base + " + " + href);
      }
    }
  }
}
