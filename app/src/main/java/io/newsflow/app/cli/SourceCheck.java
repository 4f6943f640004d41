package io.newsflow.app.cli;

import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.fetch.AddressGuard;
import io.newsflow.ingest.fetch.FetchFailure;
import io.newsflow.ingest.source.SourceList;
import io.newsflow.ingest.source.SourceSpec;
import io.newsflow.schema.SourceKind;
import io.newsflow.schema.deadletter.DeadLetterReason;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Sources that cannot work fail the start with one line: a file or directory that is not there, a
 * feed or sitemap that is not an http(s) URL, or one on an address the SSRF guard refuses. Without
 * this a run would finish with nothing, or poll a bad feed forever.
 */
final class SourceCheck {
  private static final Map<SourceKind, String> OPTION =
      Map.of(
          SourceKind.FILE, "--input",
          SourceKind.LIST, "--urls",
          SourceKind.ARCHIVE, "--warc",
          SourceKind.FEED, "--feed",
          SourceKind.SITEMAP, "--sitemap");

  private SourceCheck() {}

  static void require(IngestConfig config, List<String> allowAddresses) {
    AddressGuard guard = guard(allowAddresses);
    for (SourceSpec source : config.sources()) {
      require(source, OPTION.get(source.kind()) + " " + source.location(), guard);
    }
    if (config.sourcesFile() != null) {
      Path file = config.sourcesFile();
      if (!Files.isRegularFile(file)) {
        throw UserError.badValue(
            "--sources", file, "no such file", "give a JSON sources file (see the README)");
      }
      for (SourceSpec source : readSourcesFile(config)) {
        require(source, "--sources " + file + ": source " + source.id(), guard);
      }
    }
  }

  private static List<SourceSpec> readSourcesFile(IngestConfig config) {
    try {
      return SourceList.read(config.sourcesFile(), config.pollInterval());
    } catch (IOException e) {
      throw UserError.badValue(
          "--sources",
          config.sourcesFile(),
          oneLine(e.getMessage()),
          "see the README's sources file");
    }
  }

  private static void require(SourceSpec source, String what, AddressGuard guard) {
    switch (source.kind()) {
      case FILE -> requirePath(what, Path.of(source.location()), true);
      case LIST, ARCHIVE -> requirePath(what, Path.of(source.location()), false);
      default -> requireFetchable(what, source.location(), guard);
    }
  }

  private static void requirePath(String what, Path path, boolean directory) {
    String kind = directory ? "directory" : "file";
    boolean exists = directory ? Files.isDirectory(path) : Files.isRegularFile(path);
    if (!exists || !Files.isReadable(path)) {
      throw new UserError(
          what
              + (exists ? ": not readable by this user" : ": no such " + kind)
              + "; give "
              + (directory ? "a directory of saved pages" : "a readable file"));
    }
  }

  private static void requireFetchable(String what, String location, AddressGuard guard) {
    String accepted = "give an http or https URL such as https://example.com/rss.xml";
    URI uri;
    try {
      uri = new URI(location);
    } catch (URISyntaxException e) {
      throw new UserError(what + ": not a URL; " + accepted);
    }
    FetchFailure refused = guard.check(uri);
    if (refused == null || refused.reason() == DeadLetterReason.UNKNOWN_HOST) {
      return; // a name that does not resolve now may resolve at the next poll
    }
    if (refused.reason() == DeadLetterReason.INVALID_URL) {
      throw new UserError(what + ": not an http(s) URL with a host; " + accepted);
    }
    throw new UserError(what + ": " + refused.message());
  }

  private static AddressGuard guard(List<String> allowAddresses) {
    try {
      return new AddressGuard(allowAddresses);
    } catch (IllegalArgumentException e) {
      throw UserError.badValue(
          "--allow-address",
          String.join(",", allowAddresses),
          e.getMessage(),
          "give an IP address or a block such as 10.1.0.0/16");
    }
  }

  private static String oneLine(String message) {
    return message == null ? "unreadable" : message.replaceAll("\\s*\\R\\s*", " ");
  }
}
