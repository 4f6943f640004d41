package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.EnrichMeters;
import io.newsflow.ingest.IngestStats;
import io.newsflow.ingest.metrics.IngestMeters;
import io.newsflow.ops.ServiceMetrics;
import io.newsflow.sink.SinkMeters;
import io.newsflow.sink.SinkStats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's metrics table names exactly the pipeline's own metric families that a scrape shows,
 * and the scrape has the histogram buckets the dashboards' percentiles need.
 */
class MetricsReadmeTest {
  private static final Pattern FAMILY_IN_SCRAPE = Pattern.compile("(?m)^# TYPE (newsflow_\\w+) ");
  private static final Pattern NAME_IN_README = Pattern.compile("`(newsflow_[a-z_]+)");

  static String scrape() {
    try (ServiceMetrics metrics = ServiceMetrics.create("test")) {
      new IngestMeters(new IngestStats()).bindTo(metrics.registry());
      EnrichMeters enrich = new EnrichMeters(metrics.registry());
      enrich.extracted(20_000, 3_000_000);
      enrich.tagged(8_000_000);
      enrich.article(440);
      new SinkMeters(new SinkStats(), () -> 3).bindTo(metrics.registry());
      return metrics.registry().scrape();
    }
  }

  /** The families of the scrape, without the _max gauge Micrometer adds to each histogram. */
  static Set<String> scrapedFamilies(String scrape) {
    Set<String> families = new TreeSet<>();
    Matcher m = FAMILY_IN_SCRAPE.matcher(scrape);
    while (m.find()) {
      families.add(m.group(1));
    }
    families.removeIf(f -> f.endsWith("_max") && families.contains(f.replaceFirst("_max$", "")));
    return families;
  }

  @Test
  void theReadmeListsEveryPipelineMetricAndNoOther() throws IOException {
    String readme =
        Files.readString(RunOutput.repoRoot().resolve("README.md"), StandardCharsets.UTF_8);
    String table =
        readme.substring(readme.indexOf("### Metrics"), readme.indexOf("### `newsflow tail`"));
    Set<String> documented = new TreeSet<>();
    for (String line : table.split("\n")) {
      if (line.startsWith("| `newsflow_")) {
        Matcher m = NAME_IN_README.matcher(line.substring(0, line.indexOf(" | ", 2)));
        while (m.find()) {
          documented.add(m.group(1));
        }
      }
    }
    assertEquals(scrapedFamilies(scrape()), documented);
  }

  @Test
  void stepTimesAreHistogramsAndDeadLettersHaveStageAndReason() {
    String scrape = scrape();
    assertTrue(scrape.contains("newsflow_enrich_extraction_seconds_bucket{"), scrape);
    assertTrue(scrape.contains("newsflow_enrich_tagging_seconds_bucket{"), scrape);
    assertTrue(scrape.contains("newsflow_enrich_article_words_bucket{"), scrape);
    assertTrue(
        scrape.contains(
            "newsflow_dead_letters_total{reason=\"body_too_large\",service=\"test\",stage=\"ingest\"} 0.0"),
        scrape);
    assertTrue(scrape.contains("newsflow_sink_partitions_assigned{service=\"test\"} 3.0"), scrape);
  }
}
