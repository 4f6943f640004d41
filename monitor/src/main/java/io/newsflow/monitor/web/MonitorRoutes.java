package io.newsflow.monitor.web;

import io.newsflow.monitor.MonitorService;
import io.newsflow.monitor.Snapshot;
import io.newsflow.monitor.SnapshotJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The monitor's web routes: the page, its script and style, the chart library from its WebJar (so
 * the page needs no internet), and the JSON it polls: {@code api/snapshot} (the latest snapshot, as
 * {@code --json} prints it) and {@code api/series?since=MS} (chart points after that time).
 */
public final class MonitorRoutes {
  private static final String PAGE = "/io/newsflow/monitor/web/";
  private static final String UPLOT =
      "/META-INF/resources/webjars/uplot/" + webJarVersion() + "/dist/";
  private static final Map<String, String[]> STATIC =
      Map.of(
          "/", new String[] {PAGE + "index.html", "text/html; charset=utf-8"},
          "/monitor.js", new String[] {PAGE + "monitor.js", "text/javascript; charset=utf-8"},
          "/monitor.css", new String[] {PAGE + "monitor.css", "text/css; charset=utf-8"},
          "/vendor/uPlot.iife.min.js",
              new String[] {UPLOT + "uPlot.iife.min.js", "text/javascript; charset=utf-8"},
          "/vendor/uPlot.min.css",
              new String[] {UPLOT + "uPlot.min.css", "text/css; charset=utf-8"});

  private final MonitorService monitor;

  public MonitorRoutes(MonitorService monitor) {
    this.monitor = monitor;
  }

  /** The paths served, for a server that registers routes one by one. */
  public static java.util.Set<String> paths() {
    java.util.Set<String> paths = new java.util.TreeSet<>(STATIC.keySet());
    paths.add("/api/snapshot");
    paths.add("/api/series");
    return paths;
  }

  /** The answer to a GET of {@code path}, empty for a path that is not the monitor's. */
  public Optional<Response> get(String path, String query) {
    String[] file = STATIC.get(path);
    if (file != null) {
      return Optional.of(new Response(200, file[1], resource(file[0])));
    }
    return switch (path) {
      case "/api/snapshot" -> {
        Snapshot s = monitor.latest();
        // null before the first refresh: a 503 would be an error in the browser's console
        yield Optional.of(Response.json(s == null ? "null" : SnapshotJson.line(s)));
      }
      case "/api/series" ->
          Optional.of(Response.json(SnapshotJson.line(monitor.series(since(query)))));
      default -> Optional.empty();
    };
  }

  private static long since(String query) {
    if (query != null) {
      for (String part : query.split("&", -1)) {
        if (part.startsWith("since=")) {
          try {
            return Long.parseLong(part.substring(6));
          } catch (NumberFormatException e) {
            return 0;
          }
        }
      }
    }
    return 0;
  }

  private static byte[] resource(String name) {
    try (InputStream in = MonitorRoutes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String webJarVersion() {
    Properties p = new Properties();
    try (InputStream in =
        MonitorRoutes.class.getResourceAsStream(
            "/META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the uPlot WebJar is not on the class path");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }
}
