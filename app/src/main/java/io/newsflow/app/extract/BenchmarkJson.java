package io.newsflow.app.extract;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.newsflow.schema.Article;
import io.newsflow.schema.Image;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The JSON of the public article-extraction benchmarks: one object mapping each page's name to its
 * fields, written as the pages come so no page is held longer than its own turn.
 */
public final class BenchmarkJson implements AutoCloseable {
  private final JsonGenerator json;

  public BenchmarkJson(OutputStream out) throws IOException {
    json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    json.useDefaultPrettyPrinter();
    json.writeStartObject();
  }

  public void write(String name, Article a) throws IOException {
    json.writeFieldName(name);
    json.writeStartObject();
    json.writeStringField("articleBody", a.getText());
    json.writeStringField("markdown", a.getMarkdown());
    json.writeStringField("title", a.getTitle());
    strings("authors", a.getAuthors());
    json.writeStringField("datePublished", a.getPublishedTime());
    json.writeStringField("dateModified", a.getModifiedTime());
    json.writeStringField("language", a.getLanguage());
    json.writeStringField("siteName", a.getSiteName());
    json.writeStringField("canonicalUrl", a.getCanonicalUrl());
    json.writeStringField("description", a.getDescription());
    json.writeStringField("mainImage", a.getMainImage());
    json.writeStringField("section", a.getSection());
    strings("keywords", a.getKeywords());
    json.writeStringField("sourceAttribution", a.getSourceAttribution());
    json.writeArrayFieldStart("images");
    for (Image image : a.getImages()) {
      json.writeStartObject();
      json.writeStringField("url", image.getUrl());
      json.writeStringField("caption", image.getCaption());
      json.writeStringField("credit", image.getCredit());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void strings(String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }

  @Override
  public void close() throws IOException {
    json.writeEndObject();
    json.close();
  }
}
