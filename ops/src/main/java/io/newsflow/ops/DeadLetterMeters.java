package io.newsflow.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.schema.deadletter.DeadLetterCounts;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.Stage;

/**
 * {@code newsflow_dead_letters_total{stage, reason}} read from a stage's {@link DeadLetterCounts}:
 * one series for every reason the stage can give, present at 0 from the start so that a rate over
 * it is defined before the first dead letter.
 */
public final class DeadLetterMeters {
  public static final String NAME = "newsflow.dead.letters";

  private DeadLetterMeters() {}

  public static void bind(MeterRegistry registry, DeadLetterCounts counts, Stage stage) {
    String stageName = stage.name().toLowerCase(java.util.Locale.ROOT);
    for (DeadLetterReason reason : DeadLetterReason.values()) {
      if (reason.stages().contains(stage)) {
        FunctionCounter.builder(NAME, counts, c -> c.get(stage, reason))
            .description("dead letters written, by stage and reason code")
            .tag("stage", stageName)
            .tag("reason", reason.code())
            .register(registry);
      }
    }
  }
}
