package io.newsflow.app.commands;

import io.newsflow.app.cli.PageLimitOptions;
import io.newsflow.app.extract.BenchmarkJson;
import io.newsflow.app.extract.FileOutcome;
import io.newsflow.app.extract.OutcomeReport;
import io.newsflow.app.extract.PageFile;
import io.newsflow.app.extract.SavedPagePipeline;
import io.newsflow.ingest.IngestConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow extract}: the pipeline's page step on saved pages, without Kafka, in the format
 * of the public article-extraction benchmarks: one JSON object mapping each file name (without
 * .html or .html.gz) to its fields, so any scorer can read it. Each file takes the path it takes in
 * {@code newsflow run --input}, so both agree on which files become articles and why the others do
 * not.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the article of each saved page (.html, .htm, .xhtml, .txt, each optionally .gz; a directory: the pages in it)"
          + " as JSON, exactly as `newsflow run --input` would: the same reading, limits and page step.",
      "A file the pipeline would refuse is left out of the JSON and reported on standard error as"
          + " `extract: FILE: REASON: message`, REASON being the pipeline's dead-letter code; the last line is"
          + " `extract: N files, A articles, R rejected`."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:every file was read and came out as an article or a dead letter (rejections are outcomes:"
          + " see standard error or --report)",
      "1:the JSON or the report could not be written, or a directory could not be listed",
      "2:usage: an unknown option, or a PATH that does not exist"
    })
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories.")
  List<Path> paths;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the JSON here instead of standard output.")
  Path out;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Also write one JSON line per file: {\"file\", \"name\", \"url\", \"outcome\" (article or dead_letter),"
              + " \"stage\" (ingest or enrich), \"reason\", \"message\"}.")
  Path report;

  @Option(
      names = "--max-body-bytes",
      defaultValue = "" + IngestConfig.DEFAULT_MAX_BODY_BYTES,
      description =
          "As ingest: a larger file (after decompression) is body_too_large, never read whole. Default: ${DEFAULT-VALUE}.")
  int maxBodyBytes;

  @Mixin PageLimitOptions pageLimits;

  @Override
  public Integer call() {
    List<PageFile> files;
    try {
      files = PageFile.of(existing(paths));
    } catch (IOException e) {
      return failed("cannot list the pages: " + e);
    }
    SavedPagePipeline pipeline =
        SavedPagePipeline.create(maxBodyBytes, pageLimits.pageStepConfig(), Clock.systemUTC());
    int articles = 0;
    try (BenchmarkJson json = new BenchmarkJson(PageFile.output(out));
        OutcomeReport outcomes =
            new OutcomeReport(
                report != null ? Files.newOutputStream(report) : OutputStream.nullOutputStream())) {
      for (PageFile page : files) {
        FileOutcome outcome = pipeline.process(page.file(), page.source());
        outcomes.add(page.name(), outcome);
        if (outcome.isArticle()) {
          json.write(page.name(), outcome.article());
          articles++;
        } else {
          err()
              .printf(
                  Locale.ROOT,
                  "extract: %s: %s: %s%n",
                  page.file(),
                  outcome.reason().code(),
                  outcome.message());
        }
      }
    } catch (IOException e) {
      return failed("cannot write: " + e);
    }
    err()
        .printf(
            Locale.ROOT,
            "extract: %d files, %d articles, %d rejected%n",
            files.size(),
            articles,
            files.size() - articles);
    err().flush();
    return 0;
  }

  private List<Path> existing(List<Path> given) {
    PageFile.firstMissing(given)
        .ifPresent(
            p -> {
              throw new ParameterException(
                  spec.commandLine(), "extract: " + p + ": no such file or directory");
            });
    return given;
  }

  private int failed(String message) {
    err().println("extract: " + message);
    err().flush();
    return 1;
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
