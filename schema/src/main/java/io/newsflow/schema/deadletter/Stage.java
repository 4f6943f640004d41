package io.newsflow.schema.deadletter;

/** A stage that writes dead letters; its {@link #code()} is what DeadLetter.stage holds. */
public enum Stage {
  /** {@code newsflow ingest}: fetching pages and reading sources. */
  INGEST("ingest"),
  /** {@code newsflow publish}: JSON lines from a scraper. */
  PUBLISH("publish"),
  /** The Kafka Streams stage: raw pages to articles. */
  ENRICH("enrich"),
  /** Articles to JSON-lines files. */
  SINK("sink");

  private final String code;

  Stage(String code) {
    this.code = code;
  }

  /** The stable string of DeadLetter.stage. */
  public String code() {
    return code;
  }

  /** The code, so that logs and messages print what the topic holds. */
  @Override
  public String toString() {
    return code;
  }
}
