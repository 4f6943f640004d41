package io.newsflow.ingest.fetch;

/**
 * What a conditional GET sends back: the ETag (If-None-Match) and the Last-Modified value
 * (If-Modified-Since) of the previous answer. Either may be null.
 */
public record Validators(String etag, String lastModified) {
  public static final Validators NONE = new Validators(null, null);

  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }

  public static Validators of(FetchedPage page) {
    return new Validators(page.headers().get("etag"), page.headers().get("last-modified"));
  }
}
