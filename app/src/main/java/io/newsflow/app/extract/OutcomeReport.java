package io.newsflow.app.extract;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code --report}: one JSON line per file, {"file", "name", "url", "outcome" ("article" or
 * "dead_letter"), "stage", "reason", "message"}; the reason is the pipeline's dead-letter code.
 */
public final class OutcomeReport implements AutoCloseable {
  private final JsonGenerator json;

  public OutcomeReport(OutputStream out) throws IOException {
    // no separator between root values: each line is its object alone
    json = new JsonFactory().setRootValueSeparator(null).createGenerator(out, JsonEncoding.UTF8);
  }

  /**
   * @param name the page's key in the JSON output
   */
  public void add(String name, FileOutcome o) throws IOException {
    json.writeStartObject();
    json.writeStringField("file", o.file().toString());
    json.writeStringField("name", name);
    json.writeStringField("url", o.url());
    json.writeStringField("outcome", o.isArticle() ? "article" : "dead_letter");
    json.writeStringField("stage", o.stage().code());
    json.writeStringField("reason", o.reason() == null ? null : o.reason().code());
    json.writeStringField("message", o.message());
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush(); // a report cut short by a kill still names every file done
  }

  @Override
  public void close() throws IOException {
    json.close();
  }
}
