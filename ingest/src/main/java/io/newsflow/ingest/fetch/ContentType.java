package io.newsflow.ingest.fetch;

import java.util.Locale;

/** A parsed Content-Type header: the media type without parameters and the charset, if any. */
public record ContentType(String mediaType, String charset) {

  public static ContentType parse(String header) {
    if (header == null || header.isBlank()) {
      return new ContentType(null, null);
    }
    String[] parts = header.split(";");
    String media = parts[0].trim().toLowerCase(Locale.ROOT);
    String charset = null;
    for (int i = 1; i < parts.length; i++) {
      String param = parts[i].trim();
      if (param.regionMatches(true, 0, "charset=", 0, 8)) {
        charset = param.substring(8).trim().replace("\"", "").replace("'", "");
      }
    }
    return new ContentType(
        media.isEmpty() ? null : media, charset == null || charset.isEmpty() ? null : charset);
  }
}
