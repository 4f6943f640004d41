package io.newsflow.schema;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * How a stage's process is a member of its consumer group. With an instance name the membership is
 * static ({@code group.instance.id}): a process killed and started again under the same name within
 * the session timeout takes its partitions back at once, without a rebalance that would stall the
 * other members; one that does not come back is replaced after the session timeout. Without a name
 * the membership is dynamic (a new member on every start).
 *
 * @param instanceName stable per process (host name, pod name); null for dynamic membership
 * @param sessionTimeout how long the group waits for a silent member before moving its partitions
 */
public record GroupMembership(String instanceName, Duration sessionTimeout) {
  /**
   * Long enough for a killed process to be started again and rejoin (a JVM starts in 2-5 s), short
   * enough that a member that is gone for good stalls its partitions briefly (Kafka's default is 45
   * s). Measured with the crash harness: see the README, "Crashes and restarts".
   */
  public static final String DEFAULT_SESSION_TIMEOUT_TEXT = "PT15S";

  public static final Duration DEFAULT_SESSION_TIMEOUT =
      Duration.parse(DEFAULT_SESSION_TIMEOUT_TEXT);

  /** A new member on every start, with the session timeout of this pipeline. */
  public static final GroupMembership DYNAMIC = new GroupMembership(null, DEFAULT_SESSION_TIMEOUT);

  public GroupMembership {
    if (instanceName != null && instanceName.isBlank()) {
      instanceName = null;
    }
    if (sessionTimeout.isNegative() || sessionTimeout.isZero()) {
      throw new IllegalArgumentException("session timeout must be positive, was " + sessionTimeout);
    }
  }

  public boolean isStatic() {
    return instanceName != null;
  }

  /**
   * Adds the membership to a consumer's (or Kafka Streams') config; the client's own settings win.
   *
   * @param role tells apart the groups one process joins (a member name is unique per group)
   */
  public void applyTo(Map<String, Object> config, String role) {
    if (isStatic()) {
      config.putIfAbsent(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceName + "-" + role);
    }
    int millis = (int) sessionTimeout.toMillis();
    config.putIfAbsent(CommonClientConfigs.SESSION_TIMEOUT_MS_CONFIG, millis);
    config.putIfAbsent(CommonClientConfigs.HEARTBEAT_INTERVAL_MS_CONFIG, heartbeatMillis(millis));
  }

  /**
   * A member learns that its group rebalances at its next heartbeat, and a restarted enrich always
   * makes its group rebalance (Kafka Streams rebuilds the state a kill left without a checkpoint):
   * the crash harness measured 4 s of that recovery spent waiting for the other instance's
   * heartbeat at a third of the session. One a second costs a small request and shortens it to at
   * most that; shorter sessions keep Kafka's ratio of a third.
   */
  static int heartbeatMillis(int sessionMillis) {
    return Math.max(100, Math.min(HEARTBEAT_MILLIS, sessionMillis / 3));
  }

  private static final int HEARTBEAT_MILLIS = 1000;
}
