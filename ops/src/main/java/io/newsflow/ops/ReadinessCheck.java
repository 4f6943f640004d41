package io.newsflow.ops;

/** What a service supplies for {@code /ready}; called on every request, so it must be cheap. */
@FunctionalInterface
public interface ReadinessCheck {
  Readiness check();

  /** Ready when both are; the first that is not says why. */
  default ReadinessCheck and(ReadinessCheck other) {
    return () -> {
      Readiness first = check();
      if (!first.ready()) {
        return first;
      }
      Readiness second = other.check();
      return second.ready() ? Readiness.ready(first.detail() + "; " + second.detail()) : second;
    };
  }
}
