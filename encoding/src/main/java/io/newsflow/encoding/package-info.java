/**
 * What a page's bytes are and how to read them, decided as a browser would and shared by ingest and
 * enrich: {@link io.newsflow.encoding.ContentSniffer} tells HTML, text and binary bodies apart,
 * {@link io.newsflow.encoding.CharsetResolver} finds the charset (byte order mark, header, meta,
 * then the bytes' own evidence) and {@link io.newsflow.encoding.TextDecoder} turns bytes into valid
 * Unicode, counting what did not decode. JDK only, plus universalchardet for legacy charsets.
 */
package io.newsflow.encoding;
