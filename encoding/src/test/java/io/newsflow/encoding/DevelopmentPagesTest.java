package io.newsflow.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The resolver against jsoup's own detection on real pages (skipped without ../shared). */
class DevelopmentPagesTest {

  @Test
  void readabilityPagesResolveAsJsoupDecidesButForWhatwgLabelsAndOverriddenDeclarations()
      throws IOException {
    Path dataset = SharedFiles.readabilityPages().orElse(null);
    assumeTrue(dataset != null, "../shared/datasets/readability-test-pages not found");
    List<Path> sources;
    try (Stream<Path> files = Files.walk(dataset)) {
      sources =
          files.filter(p -> p.getFileName().toString().equals("source.html")).sorted().toList();
    }
    List<String> differences = new ArrayList<>();
    List<String> unexplained = new ArrayList<>();
    for (Path source : sources) {
      byte[] bytes = Files.readAllBytes(source);
      ResolvedCharset ours = CharsetResolver.resolve(bytes, null);
      Charset jsoup = Jsoup.parse(new ByteArrayInputStream(bytes), null, "").charset();
      if (jsoup.equals(ours.charset())) {
        continue;
      }
      String page = source.getParent().getFileName().toString();
      String line = page + ": jsoup " + jsoup.name() + ", ours " + ours;
      differences.add(line);
      boolean sameLabel = ours.charset().equals(EncodingLabels.forLabel(jsoup.name()));
      if (!sameLabel && !ours.overridden()) {
        unexplained.add(line);
      }
    }
    System.out.println(
        "readability pages: "
            + sources.size()
            + ", charset differs from jsoup's on "
            + differences.size()
            + ":\n  "
            + String.join("\n  ", differences));
    assertTrue(sources.size() >= 100, "pages: " + sources.size());
    assertEquals(
        List.of(), unexplained, "differences that are neither a WHATWG label nor an override");
  }
}
