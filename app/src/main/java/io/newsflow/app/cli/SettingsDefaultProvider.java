package io.newsflow.app.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where an option gets its value when no flag gives one: first the environment, then the properties
 * file, then the option's documented default. So every setting has one name in each place:
 *
 * <ul>
 *   <li>flag {@code --out}, environment {@code NEWSFLOW_OUT}, file key {@code newsflow.out};
 *   <li>{@code --bootstrap-servers} reads {@code KAFKA_BOOTSTRAP_SERVERS}, the usual name.
 * </ul>
 *
 * Kafka client properties pass through unchanged: file keys that do not start with {@code
 * newsflow.}, and environment variables {@code KAFKA_CLIENT_SECURITY_PROTOCOL} style ({@code
 * security.protocol}).
 */
public final class SettingsDefaultProvider implements IDefaultValueProvider {
  public static final String FILE_PREFIX = "newsflow.";
  public static final String ENV_PREFIX = "NEWSFLOW_";
  public static final String CLIENT_ENV_PREFIX = "KAFKA_CLIENT_";
  public static final String CONFIG_ENV = "NEWSFLOW_CONFIG";
  private static final Map<String, String> ENV_NAMES =
      Map.of("bootstrap-servers", "KAFKA_BOOTSTRAP_SERVERS");

  private final Map<String, String> env;
  private final Properties file;

  public SettingsDefaultProvider(Map<String, String> env, Properties file) {
    this.env = Map.copyOf(env);
    this.file = file;
  }

  /** Reads the properties file named by {@code --config} in args, else by NEWSFLOW_CONFIG. */
  public static SettingsDefaultProvider fromArgs(String[] args, Map<String, String> env) {
    Path path = configPath(args, env);
    Properties props = new Properties();
    if (path != null) {
      try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        props.load(in);
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "cannot read the config file " + path + ": " + e.getMessage(), e);
      }
    }
    return new SettingsDefaultProvider(env, props);
  }

  private static Path configPath(String[] args, Map<String, String> env) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--config") && i + 1 < args.length) {
        return Path.of(args[i + 1]);
      }
      if (args[i].startsWith("--config=")) {
        return Path.of(args[i].substring("--config=".length()));
      }
    }
    String fromEnv = env.get(CONFIG_ENV);
    return fromEnv == null || fromEnv.isBlank() ? null : Path.of(fromEnv);
  }

  /** The environment variable that sets an option, e.g. NEWSFLOW_OUT for --out. */
  public static String envName(String optionName) {
    String bare = optionName.replaceFirst("^-+", "");
    return ENV_NAMES.getOrDefault(
        bare, ENV_PREFIX + bare.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option)
        || option.usageHelp()
        || option.versionHelp()
        || option.longestName().equals("--config")) {
      return null;
    }
    String fromEnv = env.get(envName(option.longestName()));
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    return file.getProperty(FILE_PREFIX + option.longestName().replaceFirst("^-+", ""));
  }

  /** Kafka client properties from the file and the environment (flags are added by the caller). */
  public Map<String, String> clientProperties() {
    Map<String, String> props = new LinkedHashMap<>();
    for (String key : file.stringPropertyNames()) {
      if (!key.startsWith(FILE_PREFIX)) {
        props.put(key, file.getProperty(key));
      }
    }
    env.forEach(
        (name, value) -> {
          if (name.startsWith(CLIENT_ENV_PREFIX)) {
            props.put(
                name.substring(CLIENT_ENV_PREFIX.length())
                    .toLowerCase(Locale.ROOT)
                    .replace('_', '.'),
                value);
          }
        });
    return props;
  }
}
