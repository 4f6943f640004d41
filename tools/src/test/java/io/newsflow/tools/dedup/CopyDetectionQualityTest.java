package io.newsflow.tools.dedup;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.dedup.BatchDedup;
import io.newsflow.enrich.dedup.CopyCorpus;
import io.newsflow.enrich.dedup.CopyScore;
import io.newsflow.enrich.dedup.DedupDecision;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.page.EnrichResult;
import io.newsflow.enrich.page.PageEnricher;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.SourceKind;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quality gate of copy detection, offline: the generated corpus (5,000+ articles, 1,000 copies,
 * 500 hard negatives) through the page step and {@link BatchDedup}, originals and negatives first.
 * The same corpus runs through Kafka with two enrich instances in the app's {@code DedupIT}. The
 * floors only go up.
 */
class CopyDetectionQualityTest {
  static final double MIN_PRECISION = 0.99;
  static final double MIN_RECALL = 0.95;

  @Test
  void copiesAreFoundWithHighPrecisionAndRecall() {
    var corpus = CopyCorpus.generate(1000, 500, 16).orElse(null);
    assumeTrue(corpus != null, "../shared/datasets not present");
    assertTrue(corpus.originals().size() >= 5000, "articles: " + corpus.originals().size());
    PageEnricher enricher =
        PageEnricher.withDefaults(EnrichConfig.defaults(Path.of("unused")), Clock.systemUTC());
    BatchDedup dedup = new BatchDedup(DedupSettings.defaults());
    CopyScore score = new CopyScore(corpus.all());
    long time = Instant.parse("2025-05-09T00:00:00Z").toEpochMilli();
    for (CopyCorpus.Page page : corpus.all()) {
      RawPage raw =
          RawPage.newBuilder()
              .setRequestedUrl(page.url())
              .setFinalUrl(page.url())
              .setFetchedAt(Instant.ofEpochMilli(time))
              .setHttpStatus(200)
              .setContentType(page.contentType())
              .setHeaders(Map.of())
              .setBody(ByteBuffer.wrap(page.bytes()))
              .setSourceKind(SourceKind.PIPE)
              .build();
      EnrichResult r =
          enricher.enrich(raw, new RawPageRef("t", 0, 0L, page.url(), Instant.ofEpochMilli(time)));
      if (r instanceof EnrichResult.Enriched e) {
        DedupDecision d = dedup.add(e.article(), time);
        score.add(page, e.article().getId(), d.duplicateOf());
      }
      time += 1000;
    }
    String report = score.report();
    System.out.print(report);
    assertTrue(score.precision() >= MIN_PRECISION, report);
    assertTrue(score.recall() >= MIN_RECALL, report);
  }
}
