package io.newsflow.enrich.extract;

import java.util.List;

/**
 * What main-content extraction found on one page. Text fields are plain text (entities decoded,
 * whitespace normalised); optional fields are null when the page does not say.
 *
 * @param blocks the article's paragraphs, headings, list items and quotes, in reading order
 * @param images figures with their captions and credits (kept out of the text)
 * @param removed blocks that were dropped as boilerplate, with the reason, for audit
 */
public record Extraction(
    String title,
    String siteName,
    List<String> authors,
    String publishedTime,
    String modifiedTime,
    String language,
    String canonicalUrl,
    String description,
    List<String> blocks,
    List<Figure> images,
    List<RemovedBlock> removed) {

  public Extraction {
    authors = List.copyOf(authors);
    blocks = List.copyOf(blocks);
    images = List.copyOf(images);
    removed = List.copyOf(removed);
  }

  /** The clean text: blocks separated by a blank line. */
  public String text() {
    return String.join("\n\n", blocks);
  }
}
