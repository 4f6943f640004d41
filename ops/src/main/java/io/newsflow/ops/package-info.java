/**
 * The operations side every service shares: {@link io.newsflow.ops.OpsServer} serving {@code
 * /health}, {@code /ready} and {@code /metrics}, a {@link io.newsflow.ops.ServiceMetrics} registry
 * with the JVM bound, and {@link io.newsflow.ops.KafkaReachable} as the common readiness check.
 */
package io.newsflow.ops;
