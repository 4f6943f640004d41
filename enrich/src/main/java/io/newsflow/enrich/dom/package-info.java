/**
 * The index over a parsed page that later steps share: {@link io.newsflow.enrich.dom.TextStats}
 * walks the document once ({@link io.newsflow.enrich.dom.DomWalk}, a loop, not recursion), numbers
 * the elements in document order and sizes every element's text and link text bottom-up into flat
 * arrays under those numbers (no per-element hashing); {@link io.newsflow.enrich.dom.Urls} resolves
 * links against the page.
 */
package io.newsflow.enrich.dom;
