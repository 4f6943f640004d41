package io.newsflow.enrich.article;

import java.util.List;

/**
 * What main-content extraction found on one page. Text fields are plain text (entities decoded,
 * whitespace normalised); optional fields are null when the page does not say.
 *
 * @param blocks the article's paragraphs, headings, list items and quotes, in reading order
 * @param images figures with their captions and credits (kept out of the text)
 * @param removed blocks that were dropped as boilerplate, with the reason, for audit
 * @param markdown the same content as light Markdown (headings, lists, links, quotes)
 * @param mainImage absolute URL of the lead image
 * @param section the site's section for the article
 * @param keywords the page's own keywords or tags
 * @param sourceAttribution a source line taken out of the text ("[Source: Reuters]")
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
    List<RemovedBlock> removed,
    String markdown,
    String mainImage,
    String section,
    List<String> keywords,
    String sourceAttribution) {

  public Extraction {
    authors = List.copyOf(authors);
    blocks = List.copyOf(blocks);
    images = List.copyOf(images);
    removed = List.copyOf(removed);
    markdown = markdown == null ? "" : markdown;
    keywords = List.copyOf(keywords);
  }

  /** The same extraction under another title. */
  public Extraction withTitle(String newTitle) {
    return new Extraction(
        newTitle,
        siteName,
        authors,
        publishedTime,
        modifiedTime,
        language,
        canonicalUrl,
        description,
        blocks,
        images,
        removed,
        markdown,
        mainImage,
        section,
        keywords,
        sourceAttribution);
  }

  /** The clean text: blocks separated by a blank line. */
  public String text() {
    return String.join("\n\n", blocks);
  }
}
