package io.newsflow.monitor.lag;

import io.newsflow.monitor.window.Window;
import io.newsflow.monitor.window.Windowed;
import java.util.ArrayDeque;
import java.util.Deque;

/** The lag samples of one group's partition: the last hour's, plus the first and the maximum. */
final class LagHistory {
  private record Sample(long time, long lag) {}

  private final Deque<Sample> hour = new ArrayDeque<>();
  private Sample first;
  private long maxSinceStart;

  void add(long time, long lag) {
    Sample s = new Sample(time, lag);
    if (first == null) {
      first = s;
    }
    maxSinceStart = Math.max(maxSinceStart, lag);
    hour.addLast(s);
    while (hour.peekFirst().time() < time - Window.HOUR.millis()) {
      hour.removeFirst();
    }
  }

  /** Change of the lag per second over each window: above 0 the group falls behind. */
  Windowed<Double> trendPerSecond(long now) {
    return Windowed.of(w -> trend(w, now));
  }

  Windowed<Long> max(long now) {
    return Windowed.of(
        w -> {
          if (w == Window.SINCE_START) {
            return maxSinceStart;
          }
          long max = 0;
          for (Sample s : hour) {
            if (s.time() >= now - w.millis()) {
              max = Math.max(max, s.lag());
            }
          }
          return max;
        });
  }

  private double trend(Window w, long now) {
    Sample last = hour.peekLast();
    Sample from = w == Window.SINCE_START ? first : null;
    if (from == null) {
      for (Sample s : hour) {
        if (s.time() >= now - w.millis()) {
          from = s;
          break;
        }
      }
    }
    if (last == null || from == null || last.time() <= from.time()) {
      return 0.0;
    }
    return (last.lag() - from.lag()) * 1000.0 / (last.time() - from.time());
  }
}
