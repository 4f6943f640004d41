package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OffsetTimesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019-04-28T10:15:00Z",
        "2019-04-28T10:15:00+02:00",
        "2019-04-28T00:05:59-09:30",
        "2019-04-28T10:15:00.5+02:00",
        "2019-04-28T10:15:00.123456789Z",
        "2019-04-28T10:15:00.0019Z",
        "1969-12-31T23:59:59.999Z",
        "0001-01-01T00:00:00Z",
        "2024-02-29T12:00:00+18:00",
        "2019-04-28T10:15:00-00:00",
        "2019-04-28T10:15Z",
        "2019-04-28T10:15:00.Z",
        "2019-04-28T10:15:00+02:00:30",
        "+12019-04-28T10:15:00Z",
      })
  void readsWhatOffsetDateTimeReads(String text) {
    assertEquals(
        OffsetDateTime.parse(text).toInstant().toEpochMilli(), OffsetTimes.epochMilli(text, -1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019-02-29T10:15:00Z",
        "2019-04-31T10:15:00Z",
        "2019-13-01T10:15:00Z",
        "2019-04-28T24:00:00Z",
        "2019-04-28T10:60:00Z",
        "2019-04-28T10:15:60Z",
        "2019-04-28T10:15:00+18:01",
        "2019-04-28T10:15:00+0200",
        "2019-04-28T10:15:00.1234567890Z",
        "2019-04-28T10:15:00",
        "2019-04-28",
        "2019-04-28T10:15",
        "2019-04-28 10:15:00Z",
        "2019-O4-28T10:15:00Z",
      })
  void givesTheFallbackWhereOffsetDateTimeRefuses(String text) {
    assertThrows(DateTimeParseException.class, () -> OffsetDateTime.parse(text));
    assertEquals(-7, OffsetTimes.epochMilli(text, -7));
  }
}
