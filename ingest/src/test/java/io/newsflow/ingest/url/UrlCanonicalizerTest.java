package io.newsflow.ingest.url;

import static io.newsflow.ingest.url.UrlCanonicalizer.canonical;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {
  @Test
  void lowerCasesSchemeAndHostAndDropsDefaultPortsAndFragments() {
    assertEquals(
        "https://example.com/News/Story?id=7",
        canonical("HTTPS://Example.COM:443/News/Story?id=7#comments"));
    assertEquals("http://example.com/", canonical("http://EXAMPLE.com:80"));
    assertEquals("http://example.com:8080/a", canonical("http://example.com:8080/a#x"));
  }

  @Test
  void removesTrackingParametersAndKeepsTheRestInOrder() {
    assertEquals(
        "https://example.com/a?id=3&page=2",
        canonical(
            "https://example.com/a?utm_source=tw&id=3&fbclid=XYZ&utm_medium=social&page=2&gclid=1"));
    assertEquals("https://example.com/a", canonical("https://example.com/a?utm_campaign=x"));
  }

  @Test
  void leavesWhatIsNotAnHttpUrlAlone() {
    assertEquals("mailto:a@b.c", canonical("mailto:a@b.c"));
    assertEquals("not a url", canonical(" not a url "));
    assertEquals(
        "https://例子.测试/新闻?q=%E4%B8%AD",
        canonical("https://例子.测试/新闻?q=%E4%B8%AD"), "an IDN host: URI has no host for it");
  }
}
