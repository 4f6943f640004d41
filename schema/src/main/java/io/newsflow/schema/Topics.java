package io.newsflow.schema;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The pipeline's topics with their default names and serdes. Names are configurable: use {@link
 * #rawPages(String)} and friends with the configured name.
 */
public final class Topics {
  public static final String RAW_PAGES = "news.raw-pages";
  public static final String ARTICLES = "news.articles";
  public static final String DEAD_LETTER = "news.dead-letter";

  /** Compacted; ingest's source list, key: source id. */
  public static final String SOURCES = "news.sources";

  /** Compacted; URLs ingest has fetched, key: canonical URL. */
  public static final String FETCHED_URLS = "news.fetched-urls";

  static {
    TrustedSchemaClasses.register();
  }

  public static final AvroSerde<RawPage> RAW_PAGE_SERDE =
      new AvroSerde<>(
          RawPage.getClassSchema(), OlderSchemas.store(OlderSchemas.RAW_PAGE_BEFORE_LISTING));
  public static final AvroSerde<Article> ARTICLE_SERDE =
      new AvroSerde<>(
          Article.getClassSchema(),
          OlderSchemas.store(
              OlderSchemas.ARTICLE_BEFORE_LISTING, OlderSchemas.ARTICLE_BEFORE_DEDUP));
  public static final AvroSerde<DeadLetter> DEAD_LETTER_SERDE =
      new AvroSerde<>(DeadLetter.getClassSchema());
  public static final AvroSerde<FetchedUrl> FETCHED_URL_SERDE =
      new AvroSerde<>(FetchedUrl.getClassSchema());
  public static final AvroSerde<CrawlSource> CRAWL_SOURCE_SERDE =
      new AvroSerde<>(CrawlSource.getClassSchema());

  private static final Serde<String> KEYS = Serdes.String();

  private Topics() {}

  /** Key: the requested URL. */
  public static Topic<String, RawPage> rawPages(String name) {
    return new Topic<>(name, KEYS, RAW_PAGE_SERDE);
  }

  /** Key: the article id. */
  public static Topic<String, Article> articles(String name) {
    return new Topic<>(name, KEYS, ARTICLE_SERDE);
  }

  /** Key: the original record's key (bytes as UTF-8 text), or the URL for ingest failures. */
  public static Topic<String, DeadLetter> deadLetters(String name) {
    return new Topic<>(name, KEYS, DEAD_LETTER_SERDE);
  }
}
