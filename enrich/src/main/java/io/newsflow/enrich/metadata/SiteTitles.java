package io.newsflow.enrich.metadata;

import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.Thresholds;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the stage has learned of each site's titles: a leading or trailing title part ("| The Quill
 * Gazette", "Opinion |") that closes or opens the titles of several different pages of one site is
 * the site's decoration, not the headline, even when the page declares no site name and the host
 * does not spell it. Such a part is cut from the titles of the site's pages once it was seen on
 * {@code minPages} distinct titles and on at least half of the site's titles since it first
 * appeared: a site name is on every page, a topic that opens a few headlines ("Trump - ...") is
 * not.
 *
 * <p>One instance serves a whole process (every stream thread of enrich, every file of {@code
 * extract}) and is thread-safe; it is bounded ({@code maxSites} sites, least recently seen dropped
 * first, {@link #MAX_PARTS} parts a site) and not persisted: after a restart it learns again from
 * the next pages. Learning is cheap (a few map lookups a page) and never makes a title empty.
 */
public final class SiteTitles {
  /** Parts remembered per site; parts not (yet) confirmed make room first. */
  static final int MAX_PARTS = 64;

  /** Cuts per title: "Story | Section | Site" loses the site, then the section. */
  private static final int MAX_CUTS = 3;

  private final List<String> separators;
  private final int minPages;
  private final Map<String, Site> sites;

  /** An empty memory with the rules' title separators and thresholds. */
  public static SiteTitles of(BoilerplateRules rules) {
    return new SiteTitles(rules.titleSeparators(), rules.thresholds().html());
  }

  SiteTitles(List<String> separators, Thresholds.Html t) {
    this.separators = List.copyOf(separators);
    this.minPages = t.titleMemoryMinPages();
    int maxSites = t.titleMemoryMaxSites();
    this.sites =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Site> eldest) {
            return size() > maxSites;
          }
        };
  }

  /**
   * The title without the parts learned as the site's decoration; then the title's own parts are
   * counted for the site's next pages.
   *
   * @param site the site's key (label or host), blank for none: such a title is returned as it is
   * @param title the page's (cleaned) title, may be null
   * @param cut whether to cut learned parts (false: only learn, for pages that declare a site name
   *     and were cleaned with it)
   */
  public synchronized String clean(String site, String title, boolean cut) {
    if (site == null || site.isBlank() || title == null || title.isBlank()) {
      return title;
    }
    Site known = sites.computeIfAbsent(site, s -> new Site());
    Map<String, Part> parts = known.parts;
    int titleHash = TitleCleaner.key(title).hashCode();
    if (titleHash != known.lastTitle) {
      known.titles++;
      known.lastTitle = titleHash;
    }
    String current = title;
    for (int round = 0; round < MAX_CUTS; round++) {
      Split split = split(current);
      if (split == null) {
        break;
      }
      learn(known, "T" + split.trailingKey(), titleHash);
      learn(known, "L" + split.leadingKey(), titleHash);
      String next = null;
      if (cut && confirmed(known, "T" + split.trailingKey())) {
        next = split.beforeLast();
      } else if (cut && confirmed(known, "L" + split.leadingKey())) {
        next = split.afterFirst();
      }
      if (next == null || TitleCleaner.key(next).isEmpty()) {
        break;
      }
      current = next;
    }
    return current;
  }

  /** Seen on enough distinct titles, and on at least half of the site's titles since its first. */
  private boolean confirmed(Site site, String key) {
    Part p = site.parts.get(key);
    return p != null && p.titles.size() >= minPages && 2L * p.count >= site.titles - p.firstTitle;
  }

  private void learn(Site site, String key, int titleHash) {
    if (key.length() <= 1) {
      return; // a part with no letters or digits names nothing
    }
    Map<String, Part> parts = site.parts;
    Part p = parts.get(key);
    if (p == null) {
      if (parts.size() >= MAX_PARTS && !evictUnconfirmed(parts)) {
        return;
      }
      p = new Part(site.titles - 1);
      parts.put(key, p);
    }
    if (p.lastTitle != titleHash) { // distinct titles: a page fetched twice counts once
      p.lastTitle = titleHash;
      p.count++;
      if (p.titles.size() < minPages) {
        p.titles.add(titleHash);
      }
    }
  }

  /** Drops the oldest part not seen on enough titles; false when every part is confirmed. */
  private boolean evictUnconfirmed(Map<String, Part> parts) {
    for (Iterator<Part> it = parts.values().iterator(); it.hasNext(); ) {
      if (it.next().titles.size() < minPages) {
        it.remove();
        return true;
      }
    }
    return false;
  }

  /** The title around its first and last separator, or null when it has none. */
  private Split split(String title) {
    int first = -1;
    int firstEnd = -1;
    int last = -1;
    int lastEnd = -1;
    for (String sep : separators) {
      int i = title.indexOf(sep);
      if (i > 0 && (first < 0 || i < first)) {
        first = i;
        firstEnd = i + sep.length();
      }
      int j = title.lastIndexOf(sep);
      if (j > 0 && j > last) {
        last = j;
        lastEnd = j + sep.length();
      }
    }
    if (first < 0 || lastEnd >= title.length()) {
      return null;
    }
    return new Split(
        title.substring(0, last).strip(),
        title.substring(firstEnd).strip(),
        TitleCleaner.key(title.substring(0, first)),
        TitleCleaner.key(title.substring(lastEnd)));
  }

  private record Split(
      String beforeLast, String afterFirst, String leadingKey, String trailingKey) {}

  /** A site's title count (distinct from the one before) and its parts. */
  private static final class Site {
    final Map<String, Part> parts = new LinkedHashMap<>();
    int titles;
    int lastTitle;
  }

  /**
   * The distinct titles (by hash) a part was seen on, up to the count that confirms it; how many
   * titles it was on, and the site's title count before its first.
   */
  private static final class Part {
    final Set<Integer> titles = new HashSet<>(4);
    final int firstTitle;
    int count;
    int lastTitle;

    Part(int firstTitle) {
      this.firstTitle = firstTitle;
    }
  }
}
