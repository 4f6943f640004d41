package io.newsflow.app.cli;

import io.newsflow.schema.GroupMembership;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/** Which process this is in its stage's consumer group: static membership under a stable name. */
public final class InstanceOptions {
  @Option(
      names = "--instance-name",
      paramLabel = "NAME",
      description =
          "Stable name of this process in its consumer group (static membership): a restart under"
              + " the same name takes its partitions back without a rebalance. Unique per stage;"
              + " give each process on one host its own. Default: the host name.")
  String instanceName;

  @Option(
      names = "--session-timeout",
      defaultValue = GroupMembership.DEFAULT_SESSION_TIMEOUT_TEXT,
      description =
          "How long the group waits for a killed member to come back before moving its partitions."
              + " Default: ${DEFAULT-VALUE}.")
  Duration sessionTimeout;

  public GroupMembership membership() {
    String name = instanceName != null ? instanceName : hostName(System.getenv());
    return new GroupMembership(name, sessionTimeout);
  }

  /** HOSTNAME as containers set it (the pod name in Kubernetes), else the resolver's name. */
  static String hostName(Map<String, String> env) {
    String fromEnv = env.get("HOSTNAME");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv.strip();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return null; // dynamic membership rather than no start
    }
  }
}
