package io.newsflow.enrich.entities;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** A tagger written as a model file and read back, as a shipped model is: for the flag tests. */
final class ModelFileRoundTrip {
  private ModelFileRoundTrip() {}

  static NerTagger of(NerTagger tagger) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelFile.write(tagger, out);
    return ModelFile.read(new ByteArrayInputStream(out.toByteArray()));
  }
}
