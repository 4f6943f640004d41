/**
 * The article as light Markdown (headings, lists, quotes, links, emphasis), block by block, escaped
 * so the text of a page never turns into markup.
 */
package io.newsflow.enrich.markdown;
