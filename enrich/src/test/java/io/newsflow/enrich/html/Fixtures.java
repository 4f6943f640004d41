package io.newsflow.enrich.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.nodes.Document;

/** Loads HTML fixtures from {@code src/test/resources/pages}. */
public final class Fixtures {
  private Fixtures() {}

  public static Document page(String name, String url) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/pages/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new HtmlPageParser().parse(in.readAllBytes(), "UTF-8", url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
