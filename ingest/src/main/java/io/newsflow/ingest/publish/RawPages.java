package io.newsflow.ingest.publish;

import io.newsflow.ingest.fetch.FetchedPage;
import io.newsflow.schema.Listing;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceKind;
import java.nio.ByteBuffer;

/**
 * The RawPage ingest publishes for a fetched page. Public so that {@code newsflow extract} hands
 * the page step exactly the record the pipeline would.
 */
public final class RawPages {
  private RawPages() {}

  /**
   * @param source where the page came from (the source's location)
   * @param site the source's site label, or null
   */
  public static RawPage of(FetchedPage page, SourceKind kind, String source, String site) {
    return of(page, kind, source, site, null);
  }

  /**
   * @param listing what the feed or sitemap that listed the page says about it, or null
   */
  public static RawPage of(
      FetchedPage page, SourceKind kind, String source, String site, Listing listing) {
    return RawPage.newBuilder()
        .setRequestedUrl(page.requestedUrl())
        .setFinalUrl(page.finalUrl())
        .setFetchedAt(page.fetchedAt())
        .setHttpStatus(page.status())
        .setContentType(page.contentType())
        .setCharset(page.charset())
        .setHeaders(page.headers())
        .setBody(ByteBuffer.wrap(page.body()))
        .setSourceKind(kind)
        .setSource(source)
        .setSite(site)
        .setListing(listing)
        .build();
  }
}
