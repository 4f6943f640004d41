package io.newsflow.enrich.page;

import io.newsflow.encoding.TextDecoder;
import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.article.Figure;
import io.newsflow.enrich.article.RemovedBlock;
import io.newsflow.enrich.entities.CanonicalEntity;
import io.newsflow.enrich.entities.EntityMention;
import io.newsflow.schema.Article;
import io.newsflow.schema.Entity;
import io.newsflow.schema.Image;
import io.newsflow.schema.Mention;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.Removed;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Turns an extraction and its entities into the Avro Article, the contract for consumers. */
final class ArticleAssembler {
  /** Removed blocks are kept for audit, cut short so one page cannot bloat its article. */
  private static final int REMOVED_TEXT_CHARS = 300;

  private static final int MAX_REMOVED = 200;

  private ArticleAssembler() {}

  static Article assemble(
      RawPage page,
      RawPageRef ref,
      Extraction extraction,
      String text,
      int words,
      String language,
      Entities entities,
      Instant now) {
    String canonical = valid(canonicalUrl(extraction.canonicalUrl(), page.getFinalUrl()));
    Article.Builder article =
        Article.newBuilder()
            .setId(ArticleIds.of(canonical))
            .setUrl(page.getFinalUrl())
            .setCanonicalUrl(canonical)
            .setSiteName(
                valid(extraction.siteName() != null ? extraction.siteName() : host(canonical)))
            .setTitle(valid(extraction.title()))
            .setAuthors(valid(extraction.authors()))
            .setPublishedTime(extraction.publishedTime())
            .setModifiedTime(extraction.modifiedTime())
            .setLanguage(valid(language))
            .setDescription(valid(extraction.description()))
            .setText(valid(text))
            .setMarkdown(valid(extraction.markdown()))
            .setMainImage(valid(extraction.mainImage()))
            .setSection(valid(extraction.section()))
            .setKeywords(valid(extraction.keywords()))
            .setSourceAttribution(valid(extraction.sourceAttribution()))
            .setWordCount(words)
            .setEntities(entities.found().stream().map(ArticleAssembler::entity).toList())
            .setEntityModel(entities.model())
            .setImages(extraction.images().stream().map(ArticleAssembler::image).toList())
            .setRemoved(
                extraction.removed().stream()
                    .limit(MAX_REMOVED)
                    .map(ArticleAssembler::removed)
                    .toList())
            .setRaw(ref)
            .setExtractedAt(now)
            // dedup's fields, set here so build() does not copy their defaults from the schema
            .setDuplicateOf(null)
            .setSimilarity(null)
            .setStoryId(null)
            .setStorySignals(List.of());
    ListingFallback.fill(article, page.getListing());
    return article.build();
  }

  /**
   * Output is valid Unicode whatever the page held: jsoup turns a reference such as {@code
   * &#xD800;} into a lone surrogate, and a cut can split a pair. Same length, so entity offsets
   * into the text still hold.
   */
  private static String valid(String s) {
    return s == null ? null : TextDecoder.replaceLoneSurrogates(s);
  }

  private static List<String> valid(List<String> strings) {
    return strings.stream().map(ArticleAssembler::valid).toList();
  }

  /**
   * The page's own canonical URL if it is a usable http(s) URL, else the URL it was fetched from.
   */
  static String canonicalUrl(String declared, String fetched) {
    if (declared != null) {
      try {
        URI uri = URI.create(declared.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
          return uri.toString();
        }
      } catch (IllegalArgumentException e) {
        // fall through to the fetched URL
      }
    }
    return fetched;
  }

  private static String host(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Entity entity(CanonicalEntity e) {
    return Entity.newBuilder()
        .setType(e.type())
        .setName(valid(e.name()))
        .setMentions(e.mentions().stream().map(ArticleAssembler::mention).toList())
        .setCount(e.count())
        .setFirstOffset(e.firstOffset())
        .setSalience(e.salience())
        .build();
  }

  private static Mention mention(EntityMention m) {
    return new Mention(valid(m.text()), m.start(), m.end());
  }

  private static Image image(Figure f) {
    return new Image(valid(f.url()), valid(f.caption()), valid(f.credit()));
  }

  private static Removed removed(RemovedBlock r) {
    String text =
        r.text().length() <= REMOVED_TEXT_CHARS
            ? r.text()
            : r.text().substring(0, REMOVED_TEXT_CHARS) + "…";
    return new Removed(r.reason(), valid(text));
  }
}
