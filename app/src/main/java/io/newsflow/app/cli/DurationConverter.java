package io.newsflow.app.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Durations as people write them ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h30m}, {@code
 * 2d}) or as ISO-8601 ({@code PT5M}, {@code P30D}); never negative.
 */
public final class DurationConverter implements ITypeConverter<Duration> {
  public static final String ACCEPTED = "use 500ms, 30s, 5m, 1h30m, 2d or ISO-8601 such as PT5M";

  private static final Pattern SHORT = Pattern.compile("(?:\\d+(?:ms|s|m|h|d))+");
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  @Override
  public Duration convert(String value) {
    Duration d = parse(value);
    if (d == null) {
      throw new TypeConversionException("'" + value + "' is not a duration; " + ACCEPTED);
    }
    if (d.isNegative()) {
      throw new TypeConversionException("'" + value + "' is negative; " + ACCEPTED);
    }
    return d;
  }

  /** The duration, or null when the text is neither form. */
  static Duration parse(String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    if (SHORT.matcher(text).matches()) {
      Duration total = Duration.ZERO;
      Matcher part = PART.matcher(text);
      while (part.find()) {
        total = total.plus(unit(Long.parseLong(part.group(1)), part.group(2)));
      }
      return total;
    }
    try {
      return Duration.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Duration unit(long n, String unit) {
    return switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }
}
