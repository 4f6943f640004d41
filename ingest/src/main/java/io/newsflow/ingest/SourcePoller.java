package io.newsflow.ingest;

import io.newsflow.ingest.fetch.FetchFailure;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.FetchedPage;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.ingest.polite.PoliteFetcher;
import io.newsflow.ingest.publish.RawPagePublisher;
import io.newsflow.ingest.publish.RawPages;
import io.newsflow.ingest.source.FeedParser;
import io.newsflow.ingest.source.Listed;
import io.newsflow.ingest.source.SavedPageReader;
import io.newsflow.ingest.source.SitemapEntry;
import io.newsflow.ingest.source.SitemapParser;
import io.newsflow.ingest.source.SourceSpec;
import io.newsflow.ingest.source.UrlListReader;
import io.newsflow.ingest.source.WarcReplay;
import io.newsflow.ingest.state.FetchedUrlStore;
import io.newsflow.ingest.url.UrlCanonicalizer;
import io.newsflow.schema.FetchedUrl;
import io.newsflow.schema.Listing;
import io.newsflow.schema.deadletter.DeadLetterOrigin;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.DeadLetters;
import io.newsflow.schema.deadletter.Stage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one source once (a saved-pages directory, URL list, feed, sitemap tree or WARC file) and
 * publishes each of its pages as a RawPage, or a dead letter with the reason it could not be had.
 * Pages fetched before (per the fetched-URL store) are skipped; transient failures are released for
 * another try on the next poll. Scheduling the polls is {@link IngestService}'s job.
 */
final class SourcePoller {
  private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);
  private static final int MAX_SITEMAP_DEPTH = 3;

  /** The version of an archived record: a record never changes. */
  private static final String ARCHIVED = "archived";

  private static final Set<DeadLetterReason> TRANSIENT =
      EnumSet.of(
          DeadLetterReason.TIMEOUT,
          DeadLetterReason.IO_ERROR,
          DeadLetterReason.ROBOTS_UNAVAILABLE,
          DeadLetterReason.RETRY_AFTER_TOO_LONG,
          DeadLetterReason.UNKNOWN_HOST);

  private final RawPagePublisher publisher;
  private final DeadLetters deadLetters;
  private final PoliteFetcher fetcher;
  private final SavedPageReader files;
  private final WarcReplay archives;
  private final FetchedUrlStore fetched;
  private final IngestStats stats;
  private final Duration maxSitemapAge;
  private final Clock clock;
  private final Executor sourceThreads;

  /**
   * @param maxSitemapAge sitemap entries dated longer ago are not fetched; zero means no limit
   * @param sourceThreads where each poll runs, off the caller's thread (owned by the caller)
   */
  SourcePoller(
      RawPagePublisher publisher,
      PoliteFetcher fetcher,
      SavedPageReader files,
      WarcReplay archives,
      FetchedUrlStore fetched,
      IngestStats stats,
      Duration maxSitemapAge,
      Clock clock,
      Executor sourceThreads) {
    this.publisher = publisher;
    this.fetcher = fetcher;
    this.files = files;
    this.archives = archives;
    this.fetched = fetched;
    this.stats = stats;
    this.maxSitemapAge = maxSitemapAge;
    this.clock = clock;
    this.sourceThreads = sourceThreads;
    this.deadLetters = new DeadLetters(Stage.INGEST, clock);
  }

  /** Reads one source once; completes when all its pages are handed to the producer. */
  CompletableFuture<Void> poll(SourceSpec source) {
    // Off the caller's thread: a big WARC must not stall the group's poll loop (or the other
    // sources).
    return CompletableFuture.supplyAsync(() -> pollNow(source), sourceThreads).thenCompose(f -> f);
  }

  private CompletableFuture<Void> pollNow(SourceSpec source) {
    try {
      return switch (source.kind()) {
        case FILE -> readDirectory(source);
        case LIST -> readList(source);
        case FEED -> readFeed(source);
        case SITEMAP -> readSitemap(source, source.location(), 0, ConcurrentHashMap.newKeySet());
        case ARCHIVE -> replayArchive(source);
        default -> throw new IllegalArgumentException("not a source kind: " + source.kind());
      };
    } catch (RuntimeException e) {
      LOG.error("source {} failed", source.id(), e);
      deadLetter(
          new FetchFailure(source.location(), DeadLetterReason.UNREADABLE_SOURCE, e.toString()));
      return CompletableFuture.completedFuture(null);
    }
  }

  private CompletableFuture<Void> readDirectory(SourceSpec source) {
    Path directory = Path.of(source.location());
    List<Path> pages;
    try {
      pages = SavedPageReader.list(directory);
    } catch (IOException e) {
      deadLetter(
          new FetchFailure(directory.toString(), DeadLetterReason.IO_ERROR, "cannot list: " + e));
      return CompletableFuture.completedFuture(null);
    }
    for (Path file : pages) {
      publishFile(file, source);
    }
    return CompletableFuture.completedFuture(null);
  }

  private CompletableFuture<Void> readList(SourceSpec source) {
    try {
      return allOf(
          UrlListReader.read(Path.of(source.location())).stream()
              .map(u -> fetchPage(u, source, null))
              .toList());
    } catch (IOException e) {
      deadLetter(
          new FetchFailure(
              source.location(), DeadLetterReason.IO_ERROR, "cannot read URL list: " + e));
      return CompletableFuture.completedFuture(null);
    }
  }

  private CompletableFuture<Void> readFeed(SourceSpec source) {
    return fetchDocument(source.location())
        .thenCompose(
            page -> {
              if (page == null) {
                return CompletableFuture.completedFuture(null);
              }
              List<Listed> links = FeedParser.articles(page.body(), page.finalUrl());
              LOG.info("feed {}: {} links", source.location(), links.size());
              return allOf(
                  links.stream().map(l -> fetchPage(l.url(), source, l.listing())).toList());
            });
  }

  private CompletableFuture<Void> readSitemap(
      SourceSpec source, String url, int depth, Set<String> visited) {
    if (depth > MAX_SITEMAP_DEPTH || !visited.add(UrlCanonicalizer.canonical(url))) {
      return CompletableFuture.completedFuture(null);
    }
    return fetchDocument(url)
        .thenCompose(
            page -> {
              if (page == null) {
                return CompletableFuture.completedFuture(null);
              }
              SitemapParser.Parsed parsed;
              try {
                parsed = SitemapParser.parse(page.body(), page.contentType(), page.finalUrl());
              } catch (IOException | RuntimeException e) {
                deadLetter(
                    new FetchFailure(
                        url, DeadLetterReason.UNREADABLE_SOURCE, "sitemap: " + e.getMessage()));
                return CompletableFuture.completedFuture(null);
              }
              List<CompletableFuture<Void>> work = new ArrayList<>();
              parsed
                  .sitemaps()
                  .forEach(child -> work.add(readSitemap(source, child, depth + 1, visited)));
              Instant oldest =
                  maxSitemapAge.isZero() ? Instant.MIN : clock.instant().minus(maxSitemapAge);
              for (SitemapEntry e : parsed.pages()) {
                if (e.date() == null || !e.date().isBefore(oldest)) {
                  work.add(fetchPage(e.url(), source, e.listing()));
                }
              }
              LOG.info(
                  "sitemap {}: {} pages, {} sitemaps",
                  url,
                  parsed.pages().size(),
                  parsed.sitemaps().size());
              return allOf(work);
            });
  }

  private CompletableFuture<Void> replayArchive(SourceSpec source) {
    try {
      String archive = SavedPageReader.url(Path.of(source.location()));
      long n =
          archives.replayWithIds(
              Path.of(source.location()),
              (id, result) -> publishRecord(archive + "#" + id, result, source));
      LOG.info("archive {}: {} response records", source.location(), n);
    } catch (IOException e) {
      deadLetter(
          new FetchFailure(
              source.location(), DeadLetterReason.UNREADABLE_SOURCE, "cannot read WARC: " + e));
    }
    return CompletableFuture.completedFuture(null);
  }

  /**
   * A saved page, unless this version of it was published before (by this process or one before a
   * restart: the fetched-URLs topic remembers it).
   */
  private void publishFile(Path file, SourceSpec source) {
    String version;
    try {
      version = SavedPageReader.version(file);
    } catch (IOException e) {
      publish(files.read(file), source); // gone or unreadable: read() reports it
      return;
    }
    String key = SavedPageReader.url(file);
    if (fetched.claimVersion(key, version)) {
      publishOnce(key, version, files.read(file), source);
    } else {
      stats.alreadyFetched();
    }
  }

  /** An archived record (key: the archive and the record's id), unless published before. */
  private void publishRecord(String key, FetchResult result, SourceSpec source) {
    if (fetched.claimVersion(key, ARCHIVED)) {
      publishOnce(key, ARCHIVED, result, source);
    } else {
      stats.alreadyFetched();
    }
  }

  /**
   * Publishes a local document (a claimed file, an archived record) and remembers it once Kafka has
   * it: a process killed before that publishes it again, so nothing is lost (enrich and the sink
   * make a repeat one article).
   */
  private void publishOnce(String key, String version, FetchResult result, SourceSpec source) {
    String what =
        result instanceof FetchResult.Failed f ? f.failure().reason().code() : "published";
    publish(result, source, () -> fetched.remember(key, outcome(what, 0, version)));
  }

  /**
   * A feed or sitemap, with a conditional GET when it was fetched before. Completes with the page,
   * or null when it was not modified or failed (then already reported).
   */
  private CompletableFuture<FetchedPage> fetchDocument(String url) {
    String key = UrlCanonicalizer.canonical(url);
    return fetcher
        .fetch(FetchRequest.document(key, fetched.validators(key)))
        .thenApply(
            result -> {
              if (result instanceof FetchResult.NotModified) {
                LOG.info("{}: not modified", url);
                stats.notModified();
                return null;
              }
              if (result instanceof FetchResult.Failed failed) {
                deadLetter(failed.failure());
                return null;
              }
              FetchedPage page = ((FetchResult.Page) result).page();
              Validators v = Validators.of(page);
              fetched.remember(key, outcome("document", page.status(), v));
              return page;
            });
  }

  /**
   * Fetches and publishes a page unless it was fetched before.
   *
   * @param listing what the listing feed or sitemap says about the page, or null
   */
  private CompletableFuture<Void> fetchPage(String url, SourceSpec source, Listing listing) {
    String key = UrlCanonicalizer.canonical(url);
    if (!fetched.claim(key)) {
      stats.alreadyFetched();
      return CompletableFuture.completedFuture(null);
    }
    stats.pageFetchStarted();
    return fetcher
        .fetch(FetchRequest.page(key))
        .whenComplete((result, error) -> stats.pageFetchEnded())
        .handle(
            (result, error) -> {
              if (error != null) { // cancelled by shutdown
                fetched.release(key);
                return null;
              }
              publish(result, source, listing);
              if (result instanceof FetchResult.Failed f && isTransient(f.failure())) {
                fetched.release(key); // worth another try on the next poll
              } else {
                int status =
                    result instanceof FetchResult.Page p
                        ? p.page().status()
                        : ((FetchResult.Failed) result).failure().status();
                String what =
                    result instanceof FetchResult.Page
                        ? "published"
                        : ((FetchResult.Failed) result).failure().reason().code();
                fetched.remember(key, outcome(what, status, Validators.NONE));
              }
              return null;
            });
  }

  private static boolean isTransient(FetchFailure f) {
    return TRANSIENT.contains(f.reason()) || f.status() == 429 || f.status() >= 500;
  }

  private FetchedUrl outcome(String what, int status, Validators v) {
    return FetchedUrl.newBuilder()
        .setFetchedAt(clock.instant())
        .setOutcome(what)
        .setHttpStatus(status)
        .setEtag(v.etag())
        .setLastModified(v.lastModified())
        .build();
  }

  /** The outcome of a local document: its version where a page has its ETag. */
  private FetchedUrl outcome(String what, int status, String version) {
    return FetchedUrl.newBuilder(outcome(what, status, Validators.NONE)).setEtag(version).build();
  }

  private void publish(FetchResult result, SourceSpec source) {
    publish(result, source, null, () -> {});
  }

  private void publish(FetchResult result, SourceSpec source, Listing listing) {
    publish(result, source, listing, () -> {});
  }

  private void publish(FetchResult result, SourceSpec source, Runnable acknowledged) {
    publish(result, source, null, acknowledged);
  }

  /**
   * @param listing what the feed or sitemap said of the page, or null
   * @param acknowledged runs once Kafka has the page or its dead letter
   */
  private void publish(
      FetchResult result, SourceSpec source, Listing listing, Runnable acknowledged) {
    if (result instanceof FetchResult.Page ok) {
      FetchedPage page = ok.page();
      publisher.publish(
          RawPages.of(page, source.kind(), source.location(), source.site(), listing),
          acknowledged);
      stats.pagePublished(page.body().length);
    } else if (result instanceof FetchResult.Failed failed) {
      deadLetter(failed.failure(), acknowledged);
    } else {
      stats.notModified();
    }
  }

  private void deadLetter(FetchFailure failure) {
    deadLetter(failure, () -> {});
  }

  private void deadLetter(FetchFailure failure, Runnable acknowledged) {
    LOG.warn("skipped {}: {} ({})", failure.url(), failure.reason(), failure.message());
    stats.skipped(failure.reason());
    publisher.publish(
        deadLetters.of(
            failure.reason(),
            failure.message(),
            failure.url(),
            DeadLetters.utf8(failure.url()),
            null,
            DeadLetterOrigin.NONE),
        acknowledged);
  }

  static CompletableFuture<Void> allOf(List<CompletableFuture<Void>> work) {
    return CompletableFuture.allOf(work.toArray(CompletableFuture[]::new));
  }
}
