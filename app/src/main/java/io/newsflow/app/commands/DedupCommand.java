package io.newsflow.app.commands;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.newsflow.app.cli.DedupOptions;
import io.newsflow.app.cli.PageLimitOptions;
import io.newsflow.app.extract.FileOutcome;
import io.newsflow.app.extract.PageFile;
import io.newsflow.app.extract.SavedPagePipeline;
import io.newsflow.enrich.dedup.BatchDedup;
import io.newsflow.enrich.dedup.DedupDecision;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.schema.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow dedup}: the enrich stage's copy detection and story grouping over saved pages,
 * without Kafka. Each file becomes an article as in {@code newsflow extract}; the articles then
 * meet the same index the stream uses, in the order the files are given (a directory's pages in
 * name order), which decides which copy is first seen.
 */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Finds syndicated copies and stories among saved pages (.html, .htm, .xhtml, .txt, each"
          + " optionally .gz; a directory: the pages in it), with the logic of the enrich stage.",
      "Writes one JSON line per article: {\"file\", \"name\", \"id\", \"duplicate_of\","
          + " \"duplicate_of_file\", \"similarity\", \"story_id\", \"story_signals\"}; the last line on"
          + " standard error is `dedup: N files, A articles, C copies of G originals, S stories`."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:every file was read (a refused page is reported on standard error and left out)",
      "1:the output could not be written, or a directory could not be listed",
      "2:usage: an unknown option, or a PATH that does not exist"
    })
public final class DedupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories.")
  List<Path> paths;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the JSON lines here instead of standard output.")
  Path out;

  @Mixin DedupOptions dedupOptions = new DedupOptions();

  @Mixin PageLimitOptions pageLimits;

  @Override
  public Integer call() {
    PageFile.firstMissing(paths)
        .ifPresent(
            p -> {
              throw new ParameterException(
                  spec.commandLine(), "dedup: " + p + ": no such file or directory");
            });
    List<PageFile> files;
    try {
      files = PageFile.of(paths);
    } catch (IOException e) {
      return failed("cannot list the pages: " + e);
    }
    SavedPagePipeline pipeline =
        SavedPagePipeline.create(
            IngestConfig.DEFAULT_MAX_BODY_BYTES, pageLimits.pageStepConfig(), Clock.systemUTC());
    BatchDedup dedup = new BatchDedup(dedupOptions.settings());
    Map<String, String> fileOfId = new HashMap<>();
    Set<String> originals = new HashSet<>();
    Set<String> stories = new HashSet<>();
    int articles = 0;
    int copies = 0;
    try (JsonGenerator json =
        new JsonFactory()
            .setRootValueSeparator(null)
            .createGenerator(PageFile.output(out), JsonEncoding.UTF8)) {
      for (PageFile page : files) {
        FileOutcome outcome = pipeline.process(page.file(), page.source());
        if (!outcome.isArticle()) {
          err()
              .printf(
                  Locale.ROOT,
                  "dedup: %s: %s: %s%n",
                  page.file(),
                  outcome.reason().code(),
                  outcome.message());
          continue;
        }
        Article article = outcome.article();
        DedupDecision d = dedup.add(article, article.getRaw().getFetchedAt().toEpochMilli());
        fileOfId.putIfAbsent(article.getId(), page.file().toString());
        articles++;
        if (d.isCopy()) {
          copies++;
          originals.add(d.duplicateOf());
        }
        stories.add(d.storyId());
        write(json, page, article, d, fileOfId.get(d.duplicateOf()));
      }
    } catch (IOException e) {
      return failed("cannot write: " + e);
    }
    err()
        .printf(
            Locale.ROOT,
            "dedup: %d files, %d articles, %d copies of %d originals, %d stories%n",
            files.size(),
            articles,
            copies,
            originals.size(),
            stories.size());
    err().flush();
    return 0;
  }

  private static void write(
      JsonGenerator json, PageFile page, Article article, DedupDecision d, String originalFile)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("file", page.file().toString());
    json.writeStringField("name", page.name());
    json.writeStringField("id", article.getId());
    json.writeStringField("duplicate_of", d.duplicateOf());
    json.writeStringField("duplicate_of_file", originalFile);
    if (d.similarity() == null) {
      json.writeNullField("similarity");
    } else {
      json.writeNumberField("similarity", d.similarity());
    }
    json.writeStringField("story_id", d.storyId());
    json.writeArrayFieldStart("story_signals");
    for (String s : d.storySignals()) {
      json.writeString(s);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
  }

  private int failed(String message) {
    err().println("dedup: " + message);
    err().flush();
    return 1;
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
