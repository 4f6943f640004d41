package io.newsflow.enrich.markdown;

import io.newsflow.enrich.dom.Urls;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The light Markdown form of the kept blocks, built during the same walk as the text: the block
 * collector reports the structure it enters (headings, lists, quotes, preformatted text) and the
 * links inside the block being filled; each kept block is rendered once, from its finished plain
 * text, so Markdown costs one pass over the kept text. One instance per extraction.
 */
public final class MarkdownBlocks {
  /**
   * One rendered block; consecutive items of the same list ({@code list} > 0 names it) are joined
   * by a single line break.
   */
  public record Block(String markdown, int list) {}

  /** Deeper lists are rendered at this depth: indentation is for reading, not for attacks. */
  private static final int MAX_LIST_DEPTH = 8;

  private int headingLevel;
  private int quoteDepth;
  private int preDepth;
  private int listDepth;
  private final boolean[] ordered = new boolean[MAX_LIST_DEPTH + 1];
  private final int[] counters = new int[MAX_LIST_DEPTH + 1];

  /** Whether the open item at this depth has rendered its marker (later blocks only indent). */
  private final boolean[] itemStarted = new boolean[MAX_LIST_DEPTH + 1];

  private int itemDepth; // list depth of the innermost open li, 0 outside items
  private int lists; // top-level lists opened so far: the id of the current one

  /** Links of the block being filled: start, end (exclusive) and URL, in text order. */
  private final List<int[]> spans = new ArrayList<>();

  /** The links' elements: URLs are resolved only for blocks that are kept. */
  private final List<Element> links = new ArrayList<>();

  private final List<Element> openLinks = new ArrayList<>(); // one per open a (null: no link)
  private final List<Integer> openStarts = new ArrayList<>();

  private final StringBuilder out = new StringBuilder();
  private final Urls.Base base = new Urls.Base();

  public void enter(Element e, String tag) {
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> headingLevel = tag.charAt(1) - '0';
      case "blockquote" -> quoteDepth++;
      case "pre" -> preDepth++;
      case "ul", "ol", "menu" -> {
        listDepth++;
        if (listDepth == 1) {
          lists++;
        }
        if (listDepth <= MAX_LIST_DEPTH) {
          ordered[listDepth] = tag.equals("ol");
          counters[listDepth] = tag.equals("ol") ? startNumber(e) - 1 : 0;
        }
      }
      case "li" -> {
        if (listDepth == 0) {
          ordered[1] = false; // an item without a list
        }
        int d = Math.min(Math.max(listDepth, 1), MAX_LIST_DEPTH);
        counters[d]++;
        itemStarted[d] = false;
        itemDepth = d;
      }
      default -> {}
    }
  }

  public void exit(String tag) {
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> headingLevel = 0;
      case "blockquote" -> quoteDepth = Math.max(0, quoteDepth - 1);
      case "pre" -> preDepth = Math.max(0, preDepth - 1);
      case "ul", "ol", "menu" -> {
        listDepth = Math.max(0, listDepth - 1);
        itemDepth = Math.min(itemDepth, listDepth);
      }
      case "li" -> itemDepth = Math.max(0, Math.min(itemDepth, Math.max(listDepth, 1)) - 1);
      default -> {}
    }
  }

  private static int startNumber(Element ol) {
    String start = ol.attr("start");
    if (start.isEmpty() || start.length() > 6) {
      return 1;
    }
    try {
      return Math.max(0, Integer.parseInt(start.trim()));
    } catch (NumberFormatException ex) {
      return 1;
    }
  }

  /** A link opens at text offset {@code at} of the current block (null: not rendered as link). */
  public void openLink(Element a, int at) {
    openLinks.add(a);
    openStarts.add(at);
  }

  public void closeLink(int at) {
    int last = openLinks.size() - 1;
    if (last < 0) {
      return;
    }
    Element link = openLinks.remove(last);
    int start = openStarts.remove(last);
    if (link != null && at > start && last == 0) { // links inside links render as text
      spans.add(new int[] {start, at});
      links.add(link);
    }
  }

  /** The block was taken: spans restart, links still open continue from its start. */
  public void blockTaken() {
    spans.clear();
    links.clear();
    for (int i = 0; i < openStarts.size(); i++) {
      openStarts.set(i, 0);
    }
  }

  /** The Markdown of a kept block with the current structure and links. */
  public Block render(String text, boolean markup) {
    boolean listItem = itemDepth > 0 && headingLevel == 0;
    if (!markup
        && spans.isEmpty()
        && quoteDepth == 0
        && preDepth == 0
        && !listItem
        && headingLevel == 0
        && !MarkdownEscaper.startsLikeMarker(text)) {
      return new Block(text, 0); // a plain paragraph, most of an article: its text as it is
    }
    out.setLength(0);
    for (int i = 0; i < quoteDepth && i < MAX_LIST_DEPTH; i++) {
      out.append("> ");
    }
    if (preDepth > 0 && !text.contains("```")) {
      out.append("```\n").append(text).append("\n```");
      return new Block(quoted(out), 0);
    }
    if (listItem) {
      for (int d = 1; d < itemDepth; d++) {
        out.append(" ".repeat(marker(d).length()));
      }
      String marker = marker(itemDepth);
      out.append(itemStarted[itemDepth] ? " ".repeat(marker.length()) : marker);
      itemStarted[itemDepth] = true;
    } else if (headingLevel > 0) {
      out.append("######", 0, headingLevel).append(' ');
    }
    appendInline(text, markup);
    return new Block(out.toString(), listItem ? Math.max(lists, 1) : 0);
  }

  private String marker(int depth) {
    return ordered[depth] ? counters[depth] + ". " : "- ";
  }

  /** Fenced code inside a quote: every line carries the quote prefix. */
  private String quoted(StringBuilder fenced) {
    if (quoteDepth == 0) {
      return fenced.toString();
    }
    String prefix = "> ".repeat(Math.min(quoteDepth, MAX_LIST_DEPTH));
    return fenced.toString().replace("\n", "\n" + prefix);
  }

  private void appendInline(String text, boolean markup) {
    int pos = 0;
    int lineStart = out.length();
    for (int i = 0; i < spans.size(); i++) {
      int start = Math.min(spans.get(i)[0], text.length());
      int end = Math.min(spans.get(i)[1], text.length());
      while (start < end && text.charAt(start) == ' ') {
        start++;
      }
      while (end > start && text.charAt(end - 1) == ' ') {
        end--;
      }
      String url = start < pos || start >= end ? null : linkUrl(links.get(i), base);
      if (url == null) {
        continue;
      }
      MarkdownEscaper.append(text, pos, start, out, lineStart, markup);
      out.append('[');
      MarkdownEscaper.append(text, start, end, out, -1, markup);
      out.append("](");
      MarkdownEscaper.appendUrl(url, out);
      out.append(')');
      pos = end;
    }
    MarkdownEscaper.append(text, pos, text.length(), out, lineStart, markup);
  }

  /** An absolute http(s) or mailto URL for the link, or null (fragments, scripts, junk). */
  private static String linkUrl(Element a, Urls.Base base) {
    String href = a.attr("href").trim();
    if (href.isEmpty() || href.charAt(0) == '#') {
      return null;
    }
    String scheme = Urls.scheme(href);
    if (scheme != null
        && !scheme.equalsIgnoreCase("http")
        && !scheme.equalsIgnoreCase("https")
        && !scheme.equalsIgnoreCase("mailto")) {
      return null; // javascript:, about:, tel:... never render; resolving them costs an exception
    }
    String abs = Urls.absolute(a, "href", base);
    if (abs.isEmpty() && href.regionMatches(true, 0, "mailto:", 0, 7)) {
      abs = href;
    }
    if (abs.regionMatches(true, 0, "http://", 0, 7)
        || abs.regionMatches(true, 0, "https://", 0, 8)
        || abs.regionMatches(true, 0, "mailto:", 0, 7)) {
      return abs;
    }
    return null;
  }

  /** Blocks joined: a blank line between blocks, one line break between list items. */
  public static String join(List<Block> blocks) {
    int size = 0;
    for (Block b : blocks) {
      size += b.markdown().length() + 2;
    }
    StringBuilder md = new StringBuilder(size); // sized once: articles run to 100 kB
    Block prev = null;
    for (Block b : blocks) {
      if (prev != null) {
        md.append(prev.list() > 0 && prev.list() == b.list() ? "\n" : "\n\n");
      }
      md.append(b.markdown());
      prev = b;
    }
    return md.toString();
  }

  /** Plain paragraphs (text that did not come from the DOM walk) as Markdown. */
  public static Block plain(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    MarkdownEscaper.append(text, 0, text.length(), sb, 0);
    return new Block(sb.toString(), 0);
  }
}
