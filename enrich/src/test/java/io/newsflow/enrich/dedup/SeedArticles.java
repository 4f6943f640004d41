package io.newsflow.enrich.dedup;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.SharedFiles;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.html.HtmlPageParser;
import io.newsflow.enrich.page.EnrichResult;
import io.newsflow.enrich.page.PageEnricher;
import io.newsflow.schema.Article;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The seed documents as text pages and the bundled samples as HTML pages, enriched. */
final class SeedArticles {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-10T00:00:00Z"), ZoneOffset.UTC);
  private static PageEnricher enricher;

  private SeedArticles() {}

  static synchronized PageEnricher enricher() {
    if (enricher == null) {
      enricher =
          new PageEnricher(
              EnrichConfig.defaults(Path.of("unused")),
              new HtmlPageParser(),
              ArticleExtractor.withDefaultRules(),
              EntityRecognizer.loadDefault(),
              CLOCK);
    }
    return enricher;
  }

  /** The raw pages of the seeds (text/plain), in file order 000..004, if the seeds are there. */
  static Optional<List<RawPage>> seedPages() {
    return SharedFiles.seeds().map(dir -> pages(dir, ".txt", "text/plain"));
  }

  /** The bundled samples (HTML), in file order 000..004. */
  static List<RawPage> samplePages() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("samples").resolve("expected.json"))) {
        return pages(dir.resolve("samples"), ".html", "text/html");
      }
    }
    throw new IllegalStateException("samples/ not found");
  }

  static Article enrich(RawPage page) {
    EnrichResult r =
        enricher()
            .enrich(page, new RawPageRef("t", 0, 0L, page.getRequestedUrl(), CLOCK.instant()));
    if (!(r instanceof EnrichResult.Enriched e)) {
      throw new AssertionError(page.getRequestedUrl() + ": " + r);
    }
    return e.article();
  }

  private static List<RawPage> pages(Path dir, String suffix, String type) {
    try (Stream<Path> files = Files.list(dir)) {
      List<RawPage> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
        String url = "https://seed.example/" + f.getFileName();
        out.add(
            RawPage.newBuilder()
                .setRequestedUrl(url)
                .setFinalUrl(url)
                .setFetchedAt(CLOCK.instant())
                .setHttpStatus(200)
                .setContentType(type)
                .setHeaders(Map.of())
                .setBody(ByteBuffer.wrap(Files.readAllBytes(f)))
                .setSourceKind(SourceKind.FILE)
                .build());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
