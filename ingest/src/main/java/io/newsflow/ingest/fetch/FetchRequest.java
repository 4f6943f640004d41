package io.newsflow.ingest.fetch;

/**
 * One URL to fetch. A {@link Purpose#PAGE} must be HTML, XHTML or plain text; a {@link
 * Purpose#DOCUMENT} (feed, sitemap, robots.txt) may be any type.
 */
public record FetchRequest(String url, Purpose purpose, Validators validators) {
  public enum Purpose {
    PAGE("text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"),
    DOCUMENT(
        "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");

    final String accept;

    Purpose(String accept) {
      this.accept = accept;
    }
  }

  public FetchRequest {
    validators = validators == null ? Validators.NONE : validators;
  }

  public static FetchRequest page(String url) {
    return new FetchRequest(url, Purpose.PAGE, Validators.NONE);
  }

  public static FetchRequest document(String url, Validators validators) {
    return new FetchRequest(url, Purpose.DOCUMENT, validators);
  }
}
