package io.newsflow.app.cli;

import io.newsflow.ops.OpsConfig;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/** Where a service serves /health, /ready and /metrics; one option set for every service. */
public final class HttpOptions {
  @Option(
      names = "--http-port",
      paramLabel = "PORT",
      description =
          "Serve /health, /ready and /metrics (Prometheus) on this port; 0 picks a free one."
              + " Default: none (off).")
  Integer port;

  @Option(
      names = "--http-host",
      paramLabel = "ADDRESS",
      defaultValue = OpsConfig.DEFAULT_HOST,
      description =
          "The address the endpoints listen on; 127.0.0.1 keeps them on this machine."
              + " Default: ${DEFAULT-VALUE}.")
  String host;

  public OpsConfig config() {
    if (port != null && (port < 0 || port > 65535)) {
      throw UserError.badValue(
          "--http-port", port, "not a port", "give 0 to 65535 (0: a free one)");
    }
    return new OpsConfig(host, port == null ? OptionalInt.empty() : OptionalInt.of(port));
  }
}
