package io.newsflow.app.cli;

import io.newsflow.schema.GroupMembership;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Which process this is in its stage's consumer group: static membership under a stable name. */
public final class InstanceOptions {
  @Option(
      names = "--instance-name",
      paramLabel = "NAME",
      description =
          "Stable name of this process in its consumer group (static membership): a restart under"
              + " the same name takes its partitions back without a rebalance. Unique per stage. Default: none (dynamic membership).")
  String instanceName;

  @Option(
      names = "--session-timeout",
      defaultValue = GroupMembership.DEFAULT_SESSION_TIMEOUT_TEXT,
      description =
          "How long the group waits for a killed member to come back before moving its partitions."
              + " Default: ${DEFAULT-VALUE}.")
  Duration sessionTimeout;

  /** Static membership under the given name; without one, dynamic membership as Kafka's default. */
  public GroupMembership membership() {
    return new GroupMembership(instanceName, sessionTimeout);
  }
}
