package io.newsflow.ops;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a service serves its endpoints: off unless a port is given (0 picks a free one), on all
 * interfaces by default so a Prometheus on another host or container can scrape it.
 */
public record OpsConfig(String host, OptionalInt port) {
  public static final String DEFAULT_HOST = "0.0.0.0";

  public OpsConfig {
    if (port.isPresent() && (port.getAsInt() < 0 || port.getAsInt() > 65535)) {
      throw new IllegalArgumentException("port " + port.getAsInt() + " is not in 0-65535");
    }
  }

  /** Endpoints off. */
  public static OpsConfig defaults() {
    return new OpsConfig(DEFAULT_HOST, OptionalInt.empty());
  }

  /** The address to listen on; empty when the endpoints are off. */
  public Optional<InetSocketAddress> address() {
    return port.isPresent()
        ? Optional.of(new InetSocketAddress(host, port.getAsInt()))
        : Optional.empty();
  }
}
