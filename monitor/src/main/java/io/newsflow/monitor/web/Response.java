package io.newsflow.monitor.web;

import java.nio.charset.StandardCharsets;

/** An HTTP answer of the monitor's routes, whatever server carries them. */
public record Response(int status, String contentType, byte[] body) {
  public static Response text(int status, String text) {
    return new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  public static Response json(String json) {
    return new Response(200, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }
}
