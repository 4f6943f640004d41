package io.newsflow.monitor.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogBucketsTest {
  @Test
  void quantilesAreWithinTwoAndAHalfPercentOfTheExactOnes() {
    Random random = new Random(7);
    double[] values = new double[10_000];
    Map<Integer, Long> counts = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      values[i] = 5 + Math.exp(random.nextGaussian() * 1.5 + 6); // skewed, like latencies
      counts.merge(LogBuckets.bucket(values[i]), 1L, Long::sum);
    }
    java.util.Arrays.sort(values);
    for (double q : new double[] {0.5, 0.95, 0.99}) {
      double exact = values[(int) Math.ceil(q * values.length) - 1];
      double approx = LogBuckets.quantile(counts, q);
      assertTrue(Math.abs(approx / exact - 1) <= 0.026, q + ": " + approx + " vs " + exact);
    }
  }

  @Test
  void noValuesHaveNoQuantileAndSmallOnesAreZero() {
    assertTrue(Double.isNaN(LogBuckets.quantile(Map.of(), 0.5)));
    assertEquals(0.0, LogBuckets.quantile(Map.of(LogBuckets.bucket(-40), 1L), 0.5));
  }
}
