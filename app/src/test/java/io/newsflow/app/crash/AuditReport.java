package io.newsflow.app.crash;

import java.util.List;
import java.util.Locale;

/**
 * What a crash run found: the guarantees (each count must be 0) and the recovery times.
 *
 * @param outputs what the topics and the sink's files hold for the inputs
 * @param unexpectedExits stages that ended by themselves (a crash, an OutOfMemoryError), not killed
 */
record AuditReport(Outputs outputs, List<Recovery> recoveries, List<String> unexpectedExits) {

  /**
   * The audit of the outputs against the inputs.
   *
   * @param lost inputs with neither an article nor a dead letter
   * @param duplicateArticles article ids written more than once
   * @param bothOutcomes inputs with an article and a dead letter
   * @param tornLines output lines that are not whole JSON objects
   * @param rawWithoutOutput raw records without a committed article or dead letter from enrich
   * @param rawWithSeveralOutputs raw records with more than one committed output
   * @param repeatedDeadLetters dead letters for an input that has one already (a redelivery of a
   *     page ingest published again after a kill; consumers count one per key)
   * @param reasonlessDeadLetters dead letters without a stage or a reason
   */
  record Outputs(
      int inputs,
      int articles,
      int deadLetterInputs,
      int lost,
      int duplicateArticles,
      int bothOutcomes,
      int tornLines,
      int rawRecords,
      int rawWithoutOutput,
      int rawWithSeveralOutputs,
      int repeatedDeadLetters,
      int reasonlessDeadLetters) {

    boolean hold() {
      return lost == 0
          && duplicateArticles == 0
          && bothOutcomes == 0
          && tornLines == 0
          && rawWithoutOutput == 0
          && rawWithSeveralOutputs == 0
          && reasonlessDeadLetters == 0;
    }
  }

  /** How long after a kill of {@code stage} its group committed on every partition again. */
  record Recovery(String stage, long atMillis, Long millis) {}

  AuditReport {
    recoveries = List.copyOf(recoveries);
    unexpectedExits = List.copyOf(unexpectedExits);
  }

  boolean guaranteesHold() {
    return outputs.hold() && unexpectedExits.isEmpty();
  }

  /** Median seconds from a kill of the stage to its output flowing again; -1 when unmeasured. */
  double medianRecoverySeconds(String stagePrefix) {
    List<Long> times =
        recoveries.stream()
            .filter(r -> r.stage().startsWith(stagePrefix) && r.millis() != null)
            .map(Recovery::millis)
            .sorted()
            .toList();
    if (times.isEmpty()) {
      return -1;
    }
    int n = times.size();
    return n % 2 == 1
        ? times.get(n / 2) / 1000.0
        : (times.get(n / 2 - 1) + times.get(n / 2)) / 2000.0;
  }

  String summary() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "inputs %d: articles %d, dead letters %d | lost %d, duplicate articles %d, article and"
                + " dead letter %d, torn lines %d%n"
                + "raw records %d: without committed output %d, with several %d | dead letters"
                + " redelivered %d, without a reason %d | stages that died by themselves %d %s%n",
            outputs.inputs(),
            outputs.articles(),
            outputs.deadLetterInputs(),
            outputs.lost(),
            outputs.duplicateArticles(),
            outputs.bothOutcomes(),
            outputs.tornLines(),
            outputs.rawRecords(),
            outputs.rawWithoutOutput(),
            outputs.rawWithSeveralOutputs(),
            outputs.repeatedDeadLetters(),
            outputs.reasonlessDeadLetters(),
            unexpectedExits.size(),
            unexpectedExits));
    s.append(String.format(Locale.ROOT, "kills %d:", recoveries.size()));
    for (Recovery r : recoveries) {
      s.append(
          String.format(
              Locale.ROOT,
              " %s %s",
              r.stage(),
              r.millis() == null
                  ? "n/a"
                  : String.format(Locale.ROOT, "%.1fs", r.millis() / 1000.0)));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "%nmedian kill to flowing: sink %.1f s, enrich %.1f s, broker %.1f s%n",
            medianRecoverySeconds("sink"),
            medianRecoverySeconds("enrich"),
            medianRecoverySeconds("broker")));
    s.append(guaranteesHold() ? "guarantees: HOLD" : "guarantees: BROKEN");
    return s.toString();
  }
}
