package io.newsflow.ops;

/**
 * The answer of a readiness check: ready or not, and one line saying why, served by {@code /ready}.
 */
public record Readiness(boolean ready, String detail) {
  public static Readiness ready(String detail) {
    return new Readiness(true, detail);
  }

  public static Readiness notReady(String detail) {
    return new Readiness(false, detail);
  }
}
