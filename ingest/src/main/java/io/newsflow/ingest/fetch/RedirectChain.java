package io.newsflow.ingest.fetch;

import io.newsflow.schema.deadletter.DeadLetterReason;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/** The hops of one fetch so far: refuses a loop, and more redirects than allowed. */
public final class RedirectChain {
  private final String url;
  private final int maxRedirects;
  private final Set<URI> visited = new HashSet<>();

  public RedirectChain(String url, int maxRedirects) {
    this.url = url;
    this.maxRedirects = maxRedirects;
  }

  /** Null when the redirect from {@code from} to {@code next} may be followed, else the failure. */
  public synchronized FetchResult follow(URI from, URI next) {
    visited.add(from);
    if (visited.contains(next)) {
      return FetchResult.failed(
          url, DeadLetterReason.REDIRECT_LOOP, "redirect loop back to " + next);
    }
    if (visited.size() > maxRedirects) {
      return FetchResult.failed(
          url, DeadLetterReason.TOO_MANY_REDIRECTS, "more than " + maxRedirects + " redirects");
    }
    return null;
  }
}
