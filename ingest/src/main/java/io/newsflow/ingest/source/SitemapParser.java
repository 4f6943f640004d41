package io.newsflow.ingest.source;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one XML sitemap, sitemap index or news sitemap (also plain-text and RSS sitemaps) with
 * crawler-commons. Lenient about namespaces and about URLs on other hosts, as real sitemaps need;
 * the page URLs and their dates come back, or the child sitemaps of an index.
 */
public final class SitemapParser {
  /** What one sitemap document holds: pages, or (an index) more sitemaps. */
  public record Parsed(List<SitemapEntry> pages, List<String> sitemaps) {}

  private SitemapParser() {}

  /** The sitemap protocol's own limit on an uncompressed sitemap. */
  static final int MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

  public static Parsed parse(byte[] content, String contentType, String url) throws IOException {
    if (content.length >= 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b) {
      // A .xml.gz file: unpacked here with a bound (a gzip bomb stops at the limit), then parsed as
      // XML.
      try (java.io.InputStream in =
          new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(content))) {
        content = in.readNBytes(MAX_SITEMAP_BYTES + 1);
      }
      if (content.length > MAX_SITEMAP_BYTES) {
        throw new IOException("gzipped sitemap inflates past " + MAX_SITEMAP_BYTES + " bytes");
      }
      contentType = "text/xml";
      url = url.replaceFirst("(?i)\\.gz$", "");
    }
    crawlercommons.sitemaps.SiteMapParser parser =
        new crawlercommons.sitemaps.SiteMapParser(false, false);
    parser.setStrictNamespace(false);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap map;
    try {
      map =
          parser.parseSiteMap(contentType == null ? "text/xml" : contentType, content, toUrl(url));
    } catch (UnknownFormatException e) {
      throw new IOException("not a sitemap: " + e.getMessage(), e);
    }
    if (map instanceof SiteMapIndex index) {
      List<String> children = new ArrayList<>();
      for (AbstractSiteMap child : index.getSitemaps()) {
        children.add(child.getUrl().toString());
      }
      return new Parsed(List.of(), children);
    }
    List<SitemapEntry> pages = new ArrayList<>();
    for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
      pages.add(
          new SitemapEntry(
              u.getUrl().toString(),
              u.getLastModified() == null ? null : u.getLastModified().toInstant(),
              published(u),
              listing(u)));
    }
    return new Parsed(pages, List.of());
  }

  private static Instant published(SiteMapURL u) {
    ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
    if (news != null) {
      for (ExtensionMetadata m : news) {
        if (m instanceof NewsAttributes n && n.getPublicationDateTime() != null) {
          return n.getPublicationDateTime().toInstant();
        }
      }
    }
    return null;
  }

  private static io.newsflow.schema.Listing listing(SiteMapURL u) {
    ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
    if (news != null) {
      for (ExtensionMetadata m : news) {
        if (m instanceof NewsAttributes n) {
          return Listed.listing(
              n.getTitle(),
              n.getPublicationDateTime() == null ? null : n.getPublicationDateTime().toInstant(),
              n.getLanguage(),
              n.getKeywords() == null ? List.of() : List.of(n.getKeywords()));
        }
      }
    }
    return null;
  }

  private static URL toUrl(String url) throws IOException {
    try {
      return URI.create(url).toURL();
    } catch (IllegalArgumentException | MalformedURLException e) {
      throw new IOException("bad sitemap URL " + url, e);
    }
  }
}
