package io.newsflow.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit and cancels the download as soon as it is exceeded, so an
 * endless or huge response costs at most the limit in memory.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** The body was over the limit; how many bytes were declared or seen. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String detail) {
      super(detail);
    }
  }

  private final int limit;
  private final long declaredLength;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  private LimitedBody(int limit, long declaredLength) {
    this.limit = limit;
    this.declaredLength = declaredLength;
  }

  /** Reads 2xx bodies up to the limit; other statuses' bodies are skipped. */
  static HttpResponse.BodyHandler<byte[]> handler(int limit) {
    return info -> {
      if (info.statusCode() < 200 || info.statusCode() >= 300) {
        return HttpResponse.BodySubscribers.replacing(new byte[0]);
      }
      long declared;
      try {
        declared = info.headers().firstValueAsLong("content-length").orElse(-1);
      } catch (NumberFormatException e) {
        declared = -1; // malformed: the read limit still applies
      }
      return new LimitedBody(limit, declared);
    };
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (declaredLength > limit) {
      s.cancel();
      result.completeExceptionally(new TooLarge(declaredLength + " bytes declared"));
    } else {
      s.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      if (bytes.size() + buffer.remaining() > limit) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge("more than " + limit + " bytes"));
        return;
      }
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      bytes.writeBytes(chunk);
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }
}
