package io.newsflow.schema.deadletter;

import io.newsflow.schema.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Makes the dead letters of one stage. Every stage builds its DeadLetter records here, so stage and
 * reason are always codes of the enums and the bytes are kept by the same rules everywhere.
 * Thread-safe.
 */
public final class DeadLetters {
  private final Stage stage;
  private final Clock clock;
  private final int maxValueBytes;

  /** Keeps the value of the failed record whatever its size. */
  public DeadLetters(Stage stage, Clock clock) {
    this(stage, clock, Integer.MAX_VALUE);
  }

  /**
   * @param maxValueBytes a larger value is left out, since the dead-letter topic would refuse the
   *     letter; the message says so, and the origin offset still finds the record
   */
  public DeadLetters(Stage stage, Clock clock, int maxValueBytes) {
    this.stage = stage;
    this.clock = clock;
    this.maxValueBytes = maxValueBytes;
  }

  /**
   * A dead letter stamped with the clock's time.
   *
   * @param message what went wrong, for people; null gives the reason's code
   * @param url the page's URL, or null
   * @param key the failed record's key bytes (or the URL's, see {@link #utf8}), or null
   * @param value the failed record's value bytes, or null
   */
  public DeadLetter of(
      DeadLetterReason reason,
      String message,
      String url,
      byte[] key,
      byte[] value,
      DeadLetterOrigin origin) {
    String text = cut(message == null ? reason.code() : message);
    String where = url == null ? null : cut(url);
    byte[] keptKey = key != null && key.length <= MAX_FIELD_CHARS ? key : null;
    if (key != null && keptKey == null) {
      text += " (the key, " + key.length + " bytes, is too large to keep)";
    }
    // The whole letter must fit the topic, not the value alone: the key, URL and message ride
    // along.
    long around =
        (keptKey == null ? 0 : keptKey.length)
            + 4L * (text.length() + (where == null ? 0 : where.length()));
    boolean keepValue = value != null && value.length + around <= maxValueBytes;
    if (value != null && !keepValue) {
      text +=
          " (the original value, "
              + value.length
              + " bytes, is too large to keep; find it at the origin offset)";
    }
    return DeadLetter.newBuilder()
        .setStage(stage.code())
        .setReason(reason.code())
        .setMessage(text)
        .setUrl(where)
        .setKey(keptKey == null ? null : ByteBuffer.wrap(keptKey))
        .setValue(keepValue ? ByteBuffer.wrap(value) : null)
        .setTopic(origin.topic())
        .setPartition(origin.partition())
        .setOffset(origin.offset())
        .setOccurredAt(clock.instant())
        .build();
  }

  /** A URL, message or key longer than this is cut (or left out): a letter stays a letter. */
  static final int MAX_FIELD_CHARS = 8192;

  private static String cut(String s) {
    if (s.length() <= MAX_FIELD_CHARS) {
      return s;
    }
    int end =
        Character.isLowSurrogate(s.charAt(MAX_FIELD_CHARS)) ? MAX_FIELD_CHARS - 1 : MAX_FIELD_CHARS;
    return s.substring(0, end) + "…";
  }

  /** The UTF-8 bytes of a string key, or null. */
  public static byte[] utf8(String key) {
    return key == null ? null : key.getBytes(StandardCharsets.UTF_8);
  }
}
