package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.app.cli.DurationConverter;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
  @ParameterizedTest
  @CsvSource({
    "5m, PT5M",
    "30s, PT30S",
    "1h, PT1H",
    "1h30m, PT1H30M",
    "2d, PT48H",
    "500ms, PT0.5S",
    "0s, PT0S",
    "PT5M, PT5M",
    "P30D, PT720H",
    "pt10s, PT10S"
  })
  void acceptsShortAndIsoForms(String text, String iso) {
    assertEquals(Duration.parse(iso), new DurationConverter().convert(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5x", "m5", "5 m", "", "-5m", "PT-5M", "5"})
  void refusesAnythingElse(String text) {
    assertThrows(TypeConversionException.class, () -> new DurationConverter().convert(text));
  }
}
