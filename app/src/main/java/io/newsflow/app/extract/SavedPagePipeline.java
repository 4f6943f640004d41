package io.newsflow.app.extract;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.page.EnrichResult;
import io.newsflow.enrich.page.PageEnricher;
import io.newsflow.enrich.page.Rejection;
import io.newsflow.ingest.fetch.FetchFailure;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.publish.RawPages;
import io.newsflow.ingest.source.SavedPageReader;
import io.newsflow.schema.Article;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.Topics;
import io.newsflow.schema.deadletter.Stage;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The pipeline's path of one saved page, in this process and without Kafka: read as ingest's
 * directory source reads it (size bound after decompression), turned into the RawPage ingest
 * publishes, then the enrich stage's page step. So a file comes out as the same article, or as a
 * dead letter with the same stage and reason, as in {@code newsflow run --input}.
 */
public final class SavedPagePipeline {
  private final SavedPageReader reader;
  private final PageEnricher enricher;

  public SavedPagePipeline(SavedPageReader reader, PageEnricher enricher) {
    this.reader = reader;
    this.enricher = enricher;
  }

  /**
   * With the enrich stage's own page step: its rules and entity model (loaded here: about a
   * second).
   */
  public static SavedPagePipeline create(int maxBodyBytes, EnrichConfig config, Clock clock) {
    return new SavedPagePipeline(
        new SavedPageReader(maxBodyBytes, clock), PageEnricher.withDefaults(config, clock));
  }

  /**
   * @param source the directory (or file) the page was found in, as ingest records it
   */
  public FileOutcome process(Path file, String source) {
    FetchResult read = reader.read(file);
    if (read instanceof FetchResult.Page ok) {
      return enrich(file, RawPages.of(ok.page(), SourceKind.FILE, source, null));
    }
    FetchFailure failure = ((FetchResult.Failed) read).failure(); // a file is never "not modified"
    return FileOutcome.deadLetter(
        file, failure.url(), Stage.INGEST, failure.reason(), failure.message());
  }

  /** The page step never throws: a page that breaks it is an internal_error, as in the stream. */
  private FileOutcome enrich(Path file, RawPage page) {
    EnrichResult result = enricher.enrich(page, ref(page));
    if (result instanceof EnrichResult.Enriched enriched) {
      return FileOutcome.article(file, page.getFinalUrl(), asDelivered(enriched.article()));
    }
    Rejection why = ((EnrichResult.Rejected) result).rejection();
    return FileOutcome.deadLetter(
        file, page.getFinalUrl(), Stage.ENRICH, why.reason(), why.message());
  }

  /**
   * The article as the pipeline's consumers read it, after the Avro encoding of the articles topic
   * (which writes a lone surrogate as '?'), so extract's text is the sink's text.
   */
  private static Article asDelivered(Article article) {
    return Topics.ARTICLE_SERDE.decode(Topics.ARTICLE_SERDE.encode(article));
  }

  /** No Kafka record: the reference names no topic, as the stream's processor does without one. */
  private static RawPageRef ref(RawPage page) {
    return new RawPageRef("", -1, -1L, page.getRequestedUrl(), page.getFetchedAt());
  }
}
