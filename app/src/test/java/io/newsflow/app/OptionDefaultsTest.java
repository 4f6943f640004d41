package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.app.cli.EnrichOptions;
import io.newsflow.app.cli.HttpOptions;
import io.newsflow.app.cli.IngestOptions;
import io.newsflow.app.cli.KafkaOptions;
import io.newsflow.app.cli.MonitorOptions;
import io.newsflow.app.cli.PublishOptions;
import io.newsflow.app.cli.SinkOptions;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.pipe.PipeConfig;
import io.newsflow.monitor.MonitorConfig;
import io.newsflow.ops.OpsConfig;
import io.newsflow.schema.TopicSettings;
import io.newsflow.sink.SinkConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command line without flags (and without environment or config file) configures every stage
 * exactly as its config record's defaults, so a default stated twice cannot drift.
 */
class OptionDefaultsTest {
  static final Path WORK = Path.of("some-work-dir");

  static <T> T parsedOptions(String command, Class<T> type) {
    return parsedOptions(type, Map.of(), command);
  }

  /** The options object of the given type that the parsed command mixes in. */
  static <T> T parsedOptions(Class<T> type, Map<String, String> env, String... args) {
    CommandLine.ParseResult parsed = NewsflowCommand.commandLine(args, env).parseArgs(args);
    CommandSpec spec = parsed.subcommand().commandSpec();
    return spec.mixins().values().stream()
        .map(CommandSpec::userObject)
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError(args[0] + " has no " + type.getSimpleName()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingest", "run"})
  void ingestDefaultsAreIngestConfigDefaults(String command) {
    assertEquals(IngestConfig.defaults(), parsedOptions(command, IngestOptions.class).config());
  }

  @ParameterizedTest
  @ValueSource(strings = {"enrich", "run"})
  void enrichDefaultsAreEnrichConfigDefaultsWithStateUnderTheWorkDir(String command) {
    assertEquals(
        EnrichConfig.defaults(WORK.resolve("streams")),
        parsedOptions(command, EnrichOptions.class).config(WORK));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sink", "run"})
  void sinkDefaultsAreSinkConfigDefaults(String command) {
    assertEquals(
        SinkConfig.defaults(Path.of(SinkConfig.DEFAULT_OUT_DIR)),
        parsedOptions(command, SinkOptions.class).config());
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "ingest", "enrich", "sink"})
  void endpointDefaultsAreOpsConfigDefaults(String command) {
    assertEquals(OpsConfig.defaults(), parsedOptions(command, HttpOptions.class).config());
  }

  @Test
  void monitorDefaultsAreMonitorConfigDefaultsAndWatchThePipelinesDefaultGroups() {
    assertEquals(MonitorConfig.defaults(), parsedOptions("monitor", MonitorOptions.class).config());
    assertEquals(SinkConfig.DEFAULT_GROUP_ID, MonitorConfig.DEFAULT_SINK_GROUP);
    assertEquals(EnrichConfig.DEFAULT_APPLICATION_ID, MonitorConfig.DEFAULT_ENRICH_APPLICATION_ID);
  }

  @Test
  void publishDefaultsArePipeConfigDefaults() {
    assertEquals(PipeConfig.defaults(), parsedOptions("publish", PublishOptions.class).config());
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "ingest", "publish", "enrich", "sink", "monitor"})
  void topicDefaultsAreTopicSettingsDefaults(String command) {
    assertEquals(TopicSettings.defaults(), parsedOptions(command, KafkaOptions.class).topics());
  }
}
