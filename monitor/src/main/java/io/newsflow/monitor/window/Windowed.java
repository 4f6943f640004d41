package io.newsflow.monitor.window;

import java.util.function.Function;

/** One figure for each {@link Window}. */
public record Windowed<T>(T minute, T hour, T sinceStart) {
  public static <T> Windowed<T> of(Function<Window, T> figure) {
    return new Windowed<>(
        figure.apply(Window.MINUTE), figure.apply(Window.HOUR), figure.apply(Window.SINCE_START));
  }

  public T get(Window window) {
    return switch (window) {
      case MINUTE -> minute;
      case HOUR -> hour;
      case SINCE_START -> sinceStart;
    };
  }
}
