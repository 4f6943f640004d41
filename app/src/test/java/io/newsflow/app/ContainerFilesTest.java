package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What Docker needs, checked without a Docker engine: the broker's image is the Kafka version of
 * the client, reachable from the host; the sink can write its bind mount; the build context is only
 * the sources and the dependency layer survives a source change.
 */
class ContainerFilesTest {
  static final Path ROOT = RunOutput.repoRoot();

  static String read(String file) throws IOException {
    return Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
  }

  static String kafkaVersion() throws IOException {
    Matcher m = Pattern.compile("<kafka.version>([^<]+)</kafka.version>").matcher(read("pom.xml"));
    assertTrue(m.find(), "pom.xml names the Kafka version");
    return m.group(1);
  }

  @Test
  void theBrokerImageIsTheKafkaVersionOfTheClient() throws IOException {
    JsonNode kafka = ComposeFileTest.compose().get("services").get("kafka");
    assertEquals("apache/kafka:" + kafkaVersion(), kafka.get("image").asText());
  }

  @Test
  void theBrokerPublishesAHostPortAdvertisedAsLocalhost() throws IOException {
    JsonNode kafka = ComposeFileTest.compose().get("services").get("kafka");
    String published = kafka.get("ports").get(0).asText();
    Matcher port = Pattern.compile("(?:127\\.0\\.0\\.1:)?(\\d+):(\\d+)").matcher(published);
    assertTrue(port.matches(), published);
    String advertised = kafka.get("environment").get("KAFKA_ADVERTISED_LISTENERS").asText();
    String listeners = kafka.get("environment").get("KAFKA_LISTENERS").asText();
    assertTrue(advertised.contains("HOST://localhost:" + port.group(1)), advertised);
    assertTrue(listeners.contains("HOST://:" + port.group(2)), listeners);
    for (String stage : List.of("ingest", "enrich", "sink")) {
      String servers =
          ComposeFileTest.compose()
              .get("services")
              .get(stage)
              .get("environment")
              .get("KAFKA_BOOTSTRAP_SERVERS")
              .asText();
      assertTrue(advertised.contains("INTERNAL://" + servers), stage + " uses " + servers);
    }
  }

  @Test
  void theSinkRunsAsTheOwnerOfItsBindMount() throws IOException {
    JsonNode sink = ComposeFileTest.compose().get("services").get("sink");
    assertEquals("${NEWSFLOW_UID:-1000}:${NEWSFLOW_GID:-1000}", sink.get("user").asText());
    assertEquals("./out:/out", sink.get("volumes").get(0).asText());
    assertTrue(read("README.md").contains("NEWSFLOW_UID=$(id -u) NEWSFLOW_GID=$(id -g)"));
  }

  @Test
  void theBuildContextLeavesOutBuildOutputRunDataAndGit() throws IOException {
    List<String> ignored = read(".dockerignore").lines().map(String::strip).toList();
    for (String entry : List.of("**/target/", "work/", "out/", ".git/")) {
      assertTrue(ignored.contains(entry), ".dockerignore lacks " + entry);
    }
  }

  @Test
  void theDependencyLayerHoldsOnlyPomsAndSchemasAndTheSourceBuildIsOffline() throws IOException {
    List<String> lines = read("Dockerfile").lines().map(String::strip).toList();
    int sources = lines.indexOf("COPY . .");
    assertTrue(sources > 0, "the sources are copied after the dependency layer");
    List<String> copiedBefore = new ArrayList<>();
    for (String line : lines.subList(0, sources)) {
      if (line.startsWith("COPY ")) {
        copiedBefore.add(line.split("\\s+")[1]);
      }
    }
    for (String module : modules()) {
      assertTrue(copiedBefore.contains(module + "/pom.xml"), "dependency layer lacks " + module);
    }
    assertTrue(
        copiedBefore.stream().allMatch(p -> p.endsWith("pom.xml") || p.endsWith("/avro")),
        "only poms and schemas before the sources: " + copiedBefore);
    String build = lines.get(sources + 1);
    assertTrue(build.startsWith("RUN mvn") && build.contains(" -o "), build);
    assertFalse(read("Dockerfile").contains("|| true"), "no step may fail silently");
  }

  private static List<String> modules() throws IOException {
    List<String> modules = new ArrayList<>();
    Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(read("pom.xml"));
    while (m.find()) {
      modules.add(m.group(1));
    }
    return modules;
  }
}
