package io.newsflow.schema.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schema.Article;
import io.newsflow.schema.CrawlSource;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.FetchedUrl;
import io.newsflow.schema.RawPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class DeadLetterReasonTest {
  /**
   * The codes as consumers of news.dead-letter know them: a code here never changes or goes away.
   */
  static final List<String> PINNED =
      List.of(
          "invalid_url",
          "http_status",
          "body_too_large",
          "compression_bomb",
          "bad_content_encoding",
          "unsupported_content_type",
          "timeout",
          "io_error",
          "empty_body",
          "blocked_address",
          "unknown_host",
          "too_many_redirects",
          "redirect_loop",
          "robots_disallowed",
          "robots_unavailable",
          "retry_after_too_long",
          "unreadable_source",
          "bad_json",
          "missing_url",
          "bad_url",
          "no_content",
          "both_html_and_text",
          "bad_field",
          "bad_fetched_at",
          "line_too_large",
          "not_decodable",
          "too_large",
          "not_html",
          "not_text",
          "invalid_encoding",
          "empty_after_extraction",
          "too_many_elements",
          "over_time_budget",
          "article_too_large",
          "internal_error");

  static final Path REPOSITORY =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

  static Set<String> codes() {
    return Arrays.stream(DeadLetterReason.values())
        .map(DeadLetterReason::code)
        .collect(Collectors.toSet());
  }

  @Test
  void theCodesAreThePinnedOnesEachOnce() {
    assertEquals(new TreeSet<>(PINNED), new TreeSet<>(codes()));
    assertEquals(PINNED.size(), DeadLetterReason.values().length, "one constant per code");
  }

  @Test
  void eachCodeIsLowerSnakeCaseAndNamesItsConstant() {
    for (DeadLetterReason reason : DeadLetterReason.values()) {
      assertTrue(reason.code().matches("[a-z]+(_[a-z]+)*"), reason.code());
      assertEquals(reason.name().toLowerCase(java.util.Locale.ROOT), reason.code());
      assertEquals(reason.code(), reason.toString(), "logs print the code");
    }
  }

  @Test
  void eachReasonNamesTheStagesThatGiveIt() {
    assertEquals(Set.of(Stage.INGEST, Stage.ENRICH), DeadLetterReason.EMPTY_BODY.stages());
    assertEquals(Set.of(Stage.ENRICH, Stage.SINK), DeadLetterReason.NOT_DECODABLE.stages());
    assertEquals(Set.of(Stage.PUBLISH), DeadLetterReason.LINE_TOO_LARGE.stages());
    for (Stage stage : List.of(Stage.INGEST, Stage.PUBLISH, Stage.ENRICH, Stage.SINK)) {
      assertTrue(
          Arrays.stream(DeadLetterReason.values()).anyMatch(r -> r.stages().contains(stage)),
          stage.code());
    }
  }

  @Test
  void aCodeReadFromTheTopicFindsItsReason() {
    for (DeadLetterReason reason : DeadLetterReason.values()) {
      assertEquals(Optional.of(reason), DeadLetterReason.ofCode(reason.code()));
    }
    assertEquals(Optional.empty(), DeadLetterReason.ofCode("NOT_HTML"));
    assertEquals(Optional.empty(), DeadLetterReason.ofCode("no_such_reason"));
  }

  @Test
  void theStageCodesAreTheOnesOnTheTopic() {
    assertEquals(
        List.of("ingest", "publish", "enrich", "sink"),
        Arrays.stream(Stage.values()).map(Stage::code).toList());
  }

  /**
   * The README documents codes in backticks; a snake_case word on a line about dead letters or
   * reasons that is not a schema field must be a reason, so the documentation cannot name a code
   * that no stage gives (Kafka settings such as read_committed elsewhere are not codes).
   */
  @Test
  void everyCodeTheReadmeNamesIsAReason() throws IOException {
    String readme = Files.readString(REPOSITORY.resolve("README.md"));
    Set<String> fields =
        new TreeSet<>(Set.of("news_keywords")); // an HTML meta tag the extractor reads
    for (Schema schema :
        List.of(
            Article.getClassSchema(),
            RawPage.getClassSchema(),
            DeadLetter.getClassSchema(),
            FetchedUrl.getClassSchema(),
            CrawlSource.getClassSchema())) {
      collectFieldNames(schema, fields);
    }
    Set<String> named = new TreeSet<>();
    Pattern aboutCodes = Pattern.compile("(?i)dead.letter|reason|skip");
    Pattern code = Pattern.compile("`([a-z]+(?:_[a-z]+)+)`");
    for (String line : readme.split("\n")) {
      if (aboutCodes.matcher(line).find()) {
        Matcher m = code.matcher(line);
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }
    named.removeAll(fields);
    assertTrue(
        named.contains("body_too_large") && named.contains("line_too_large"), named::toString);
    named.removeAll(codes());
    assertEquals(Set.of(), named, "named in the README as codes, but no DeadLetterReason has them");
  }

  private static void collectFieldNames(Schema schema, Set<String> into) {
    switch (schema.getType()) {
      case RECORD ->
          schema
              .getFields()
              .forEach(
                  f -> {
                    if (into.add(f.name())) {
                      collectFieldNames(f.schema(), into);
                    }
                  });
      case UNION -> schema.getTypes().forEach(t -> collectFieldNames(t, into));
      case ARRAY -> collectFieldNames(schema.getElementType(), into);
      case MAP -> collectFieldNames(schema.getValueType(), into);
      default -> {}
    }
  }

  /** Stage and reason come from the enums only if no stage builds its DeadLetter itself. */
  @Test
  void everyDeadLetterOfTheStagesIsMadeByDeadLetters() throws IOException {
    Path factory =
        REPOSITORY.resolve("schema/src/main/java/io/newsflow/schema/deadletter/DeadLetters.java");
    assertTrue(read(factory).contains("DeadLetter.newBuilder"), "the factory builds them");
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> modules = Files.list(REPOSITORY)) {
      for (Path main :
          modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.walk(main)) {
          files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
        }
      }
    }
    assertTrue(sources.size() > 50, "the sources of every module are seen");
    List<Path> building =
        sources.stream()
            .filter(p -> !p.equals(factory))
            .filter(
                p ->
                    read(p).contains("DeadLetter.newBuilder")
                        || read(p).contains("new DeadLetter("))
            .toList();
    assertEquals(List.of(), building, "build dead letters with DeadLetters.of");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
