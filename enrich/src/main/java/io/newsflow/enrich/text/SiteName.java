package io.newsflow.enrich.text;

import io.newsflow.enrich.metadata.SiteHost;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a page's site is spelled, from the producer's site label and the page's host ("The Province"
 * for theprovince.com, "netzpolitik.org", "CBC's"): a key of letters and digits, found in a line as
 * one to three of its words run together. Immutable and thread-safe.
 */
final class SiteName {
  static final SiteName NONE = new SiteName(List.of());

  /** The second-level labels under a country's domain: "co.uk", "com.au", "or.jp". */
  private static final Set<String> SECOND_LEVEL =
      Set.of("co", "com", "org", "net", "gov", "ac", "or", "ne", "go", "gob", "edu");

  private static final int MAX_WORDS = 3;

  /** A key this short is only found as one word ("dw" in "DW", not in "d. w."). */
  private static final int JOINED_MIN_CHARS = 6;

  private final List<String> keys;

  private SiteName(List<String> keys) {
    this.keys = List.copyOf(keys);
  }

  /** The site of a label (may be null) and a URL (may be null). */
  static SiteName of(String label, String url) {
    List<String> keys = new ArrayList<>();
    if (label != null && key(label).length() >= 2) {
      keys.add(key(label));
    }
    String host = hostLabel(url);
    if (host.length() >= 2 && !keys.contains(host)) {
      keys.add(host);
    }
    return keys.isEmpty() ? NONE : new SiteName(keys);
  }

  /** Whether the text names the site. */
  boolean namedIn(String text) {
    if (keys.isEmpty()) {
      return false;
    }
    String[] words = Words.bare(text).split("[^\\p{L}\\p{N}]+");
    for (int i = 0; i < words.length; i++) {
      StringBuilder run = new StringBuilder();
      for (int n = 0; n < MAX_WORDS && i + n < words.length; n++) {
        run.append(words[i + n]);
        if (keys.contains(run.toString()) && (n == 0 || run.length() >= JOINED_MIN_CHARS)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The registrable label of the URL's host ("theprovince", "metro" of metro.co.uk), or "". */
  private static String hostLabel(String url) {
    String host = SiteHost.of(url);
    if (host.isEmpty()) {
      return ""; // no URL, a local file or an unparseable URL names no site
    }
    String[] parts = IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED).split("\\.");
    int i = parts.length - 2;
    if (i > 0 && SECOND_LEVEL.contains(parts[i])) {
      i--;
    }
    return i >= 0 ? key(parts[i]) : "";
  }

  private static String key(String s) {
    return Words.bare(s).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
