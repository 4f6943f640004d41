package io.newsflow.enrich.topology;

import io.newsflow.enrich.page.Rejection;
import io.newsflow.schema.DeadLetter;
import java.nio.ByteBuffer;
import java.time.Clock;

/** The enrich stage's dead letters: the reason, the origin, and the input when the topic can hold it. */
final class DeadLetterMaker {
  private final Clock clock;
  private final int maxValueBytes;

  DeadLetterMaker(Clock clock, int maxValueBytes) {
    this.clock = clock;
    this.maxValueBytes = maxValueBytes;
  }

  DeadLetter make(Origin origin, byte[] value, String url, Rejection why) {
    boolean keepValue = value != null && value.length <= maxValueBytes;
    String message = why.message() == null ? why.reason() : why.message();
    if (value != null && !keepValue) {
      message += " (the original value, " + value.length
          + " bytes, is too large to keep; find it at the origin offset)";
    }
    return DeadLetter.newBuilder()
        .setStage("enrich")
        .setReason(why.reason())
        .setMessage(message)
        .setUrl(url != null ? url : origin.keyText())
        .setKey(origin.key() == null ? null : ByteBuffer.wrap(origin.key()))
        .setValue(keepValue ? ByteBuffer.wrap(value) : null)
        .setTopic(origin.topic())
        .setPartition(origin.partition())
        .setOffset(origin.offset())
        .setOccurredAt(clock.instant())
        .build();
  }
}
