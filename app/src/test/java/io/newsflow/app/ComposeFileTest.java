package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.app.cli.SettingsDefaultProvider;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** docker-compose.yml sets exactly the environment variables the stages read, with valid values. */
class ComposeFileTest {
  static JsonNode compose() throws IOException {
    return new ObjectMapper(new YAMLFactory())
        .readTree(RunOutput.repoRoot().resolve("docker-compose.yml").toFile());
  }

  /** The environment variables a stage command reads: one per option, plus the config file. */
  static Set<String> variablesRead(String stage) {
    CommandLine cli =
        NewsflowCommand.commandLine(new String[0], Map.of()).getSubcommands().get(stage);
    Set<String> names = new TreeSet<>();
    for (OptionSpec option : cli.getCommandSpec().options()) {
      if (!option.usageHelp() && !option.versionHelp()) {
        names.add(SettingsDefaultProvider.envName(option.longestName()));
      }
    }
    names.add(SettingsDefaultProvider.CONFIG_ENV);
    return names;
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingest", "enrich", "sink", "monitor"})
  void everyVariableTheComposeFileSetsIsReadByTheStage(String stage) throws IOException {
    JsonNode service = compose().get("services").get(stage);
    assertEquals(stage, service.get("command").get(0).asText());
    Map<String, String> env = new HashMap<>();
    service
        .get("environment")
        .fields()
        .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));

    Set<String> read = variablesRead(stage);
    for (String name : env.keySet()) {
      assertTrue(
          read.contains(name) || name.startsWith(SettingsDefaultProvider.CLIENT_ENV_PREFIX),
          stage + " does not read " + name + "; it reads " + read);
    }
    assertTrue(env.containsKey("KAFKA_BOOTSTRAP_SERVERS"), stage + " needs the cluster");

    String[] args = {stage};
    CommandLine.ParseResult parsed = NewsflowCommand.commandLine(args, env).parseArgs(args);
    assertTrue(
        parsed.hasSubcommand(), "the values in the compose file parse as the options' types");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingest", "enrich", "sink", "monitor"})
  void everyStageAgreesOnTheTopics(String stage) throws IOException {
    JsonNode env = compose().get("services").get(stage).get("environment");
    for (String name : List.of("NEWSFLOW_TOPIC_PARTITIONS", "NEWSFLOW_TOPIC_REPLICATION_FACTOR")) {
      assertEquals(
          compose().get("services").get("ingest").get("environment").get(name),
          env.get(name),
          name);
    }
  }

  @org.junit.jupiter.api.Test
  void environmentOverridesTheConfigFileAndFlagsOverrideBoth() throws IOException {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("newsflow", ".properties");
    java.nio.file.Files.writeString(
        file, "newsflow.out=/from-file\nnewsflow.group-id=file-group\nsecurity.protocol=SSL\n");
    String[] args = {"sink", "--config", file.toString(), "--max-file-age", "PT5M"};
    CommandLine cli = NewsflowCommand.commandLine(args, Map.of("NEWSFLOW_GROUP_ID", "env-group"));
    CommandLine.ParseResult parsed = cli.parseArgs(args);
    CommandLine.Model.CommandSpec sink = parsed.subcommand().commandSpec();
    assertEquals(java.nio.file.Path.of("/from-file"), sink.findOption("--out").getValue());
    assertEquals("env-group", sink.findOption("--group-id").getValue());
    assertEquals(java.time.Duration.ofMinutes(5), sink.findOption("--max-file-age").getValue());
    SettingsDefaultProvider provider = (SettingsDefaultProvider) cli.getDefaultValueProvider();
    assertEquals("SSL", provider.clientProperties().get("security.protocol"));
  }

  @org.junit.jupiter.api.Test
  void prometheusScrapesEveryStageOnThePortItServes() throws IOException {
    JsonNode services = compose().get("services");
    JsonNode scrape =
        new ObjectMapper(new YAMLFactory())
            .readTree(RunOutput.repoRoot().resolve("prometheus/prometheus.yml").toFile())
            .get("scrape_configs")
            .get(0)
            .get("dns_sd_configs")
            .get(0);
    Set<String> scraped = new TreeSet<>();
    scrape.get("names").forEach(n -> scraped.add(n.asText()));
    assertEquals(Set.of("ingest", "enrich", "sink", "monitor"), scraped);
    for (String stage : scraped) {
      JsonNode service = services.get(stage);
      String port = service.get("environment").get("NEWSFLOW_HTTP_PORT").asText();
      assertEquals(scrape.get("port").asText(), port, stage + " serves where Prometheus looks");
      assertEquals(port, service.get("expose").get(0).asText(), stage + " exposes its port");
    }
    JsonNode prometheus = services.get("prometheus");
    assertEquals(
        "./prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro",
        prometheus.get("volumes").get(0).asText());
  }
}
