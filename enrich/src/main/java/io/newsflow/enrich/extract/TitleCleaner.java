package io.newsflow.enrich.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Removes the site name from a page title ("Story | Site", "Site — Story"). A part is only cut
 * when it names the site (site name, publisher, host or author) or when the other part is the
 * page's h1, so titles that merely contain a dash stay whole.
 */
final class TitleCleaner {
  private final List<String> separators;

  TitleCleaner(List<String> separators) {
    this.separators = separators;
  }

  String clean(String title, String h1, List<String> siteNames, String url) {
    if (title == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (String n : siteNames) {
      if (n != null && !key(n).isEmpty()) {
        names.add(key(n));
      }
    }
    names.addAll(hostLabels(url));
    String current = title;
    for (int round = 0; round < 3; round++) {
      String next = cutOnce(current, names, h1 == null ? "" : key(h1));
      if (next == null || next.equals(current)) {
        break;
      }
      current = next;
    }
    return current;
  }

  private String cutOnce(String title, List<String> names, String h1Key) {
    for (String sep : separators) {
      int last = title.lastIndexOf(sep);
      if (last > 0) {
        String head = title.substring(0, last).trim();
        String tail = title.substring(last + sep.length()).trim();
        if (!head.isEmpty() && (namesSite(tail, names) || isHeadline(head, tail, h1Key))) {
          return head;
        }
      }
      int first = title.indexOf(sep);
      if (first > 0) {
        String head = title.substring(0, first).trim();
        String tail = title.substring(first + sep.length()).trim();
        if (!tail.isEmpty() && (namesSite(head, names) || isHeadline(tail, head, h1Key))) {
          return tail;
        }
      }
    }
    return null;
  }

  /** The part repeats the page's h1 and is the longer part: the rest is a site or section name. */
  private static boolean isHeadline(String part, String rest, String h1Key) {
    return !h1Key.isEmpty() && key(part).equals(h1Key) && part.length() > rest.length();
  }

  private static boolean namesSite(String part, List<String> names) {
    String k = key(part);
    if (k.isEmpty()) {
      return false;
    }
    for (String name : names) {
      if (k.equals(name) || (name.length() >= 4 && k.length() <= name.length() + 12
          && (k.startsWith(name) || k.endsWith(name) || name.startsWith(k) && k.length() >= 4))) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case letters and digits only, so "eHow", "EHOW" and "e-how" compare equal. */
  static String key(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** "www.nytimes.com" -> ["nytimes"], "en.wikipedia.org" -> ["wikipedia"]. */
  private static List<String> hostLabels(String url) {
    List<String> labels = new ArrayList<>();
    if (url == null || url.isEmpty()) {
      return labels;
    }
    try {
      String host = URI.create(url.trim()).getHost();
      if (host == null) {
        return labels;
      }
      String[] parts = host.toLowerCase(Locale.ROOT).split("\\.");
      for (int i = 0; i < parts.length - 1; i++) {
        String p = parts[i];
        if (p.length() >= 3 && !p.equals("www") && !p.equals("com") && !p.equals("co")) {
          labels.add(key(p));
        }
      }
    } catch (IllegalArgumentException e) {
      // unparseable URL: no host hint
    }
    return labels;
  }
}
