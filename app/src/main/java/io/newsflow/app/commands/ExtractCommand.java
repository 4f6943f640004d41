package io.newsflow.app.commands;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.article.Figure;
import io.newsflow.enrich.html.HtmlPageParser;
import io.newsflow.enrich.language.LanguageGuesser;
import io.newsflow.enrich.page.ContentSniffer;
import io.newsflow.enrich.text.SiteMemory;
import io.newsflow.enrich.text.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow extract}: main-content extraction of saved pages, without Kafka, in the format of
 * the public article-extraction benchmarks: one JSON object mapping each file name (without .html
 * or .html.gz) to its fields, so any scorer can read it.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extracts the article of each .html / .html.gz / .txt file (or of the files in a directory) as JSON;"
        + " .txt files are text pages, cleaned line by line.")
public final class ExtractCommand implements Callable<Integer> {
  private static final List<String> SUFFIXES = List.of(".html.gz", ".htm.gz", ".txt.gz", ".html", ".htm", ".txt");

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories.")
  List<Path> paths;

  private final LanguageGuesser languages = LanguageGuesser.withDefaultProfiles();

  @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON here instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    List<Path> files = pageFiles(paths);
    HtmlPageParser parser = new HtmlPageParser();
    ArticleExtractor extractor = ArticleExtractor.withDefaultRules();
    TextCleaner textCleaner = TextCleaner.withDefaultRules();
    int failures = 0;
    try (OutputStream sink = out != null ? Files.newOutputStream(out) : nonClosing(System.out);
        JsonGenerator json = new JsonFactory().createGenerator(sink, JsonEncoding.UTF8)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      for (Path file : files) {
        try {
          byte[] bytes = read(file);
          Extraction e = isText(file, bytes)
              ? textCleaner.clean(decode(bytes), null, SiteMemory.NONE).extraction()
              : extractor.extract(parser.parse(bytes, null, file.toUri().toString()));
          json.writeFieldName(name(file));
          write(json, e);
        } catch (IOException | RuntimeException ex) {
          failures++;
          spec.commandLine().getErr().printf("extract: %s: %s%n", file, ex);
        }
      }
      json.writeEndObject();
    }
    spec.commandLine().getErr().printf("extract: %d files, %d failed%n", files.size(), failures);
    return failures == 0 ? 0 : 1;
  }

  private void write(JsonGenerator json, Extraction e) throws IOException {
    json.writeStartObject();
    json.writeStringField("articleBody", e.text());
    json.writeStringField("markdown", e.markdown());
    json.writeStringField("title", e.title());
    json.writeArrayFieldStart("authors");
    for (String a : e.authors()) {
      json.writeString(a);
    }
    json.writeEndArray();
    json.writeStringField("datePublished", e.publishedTime());
    json.writeStringField("dateModified", e.modifiedTime());
    json.writeStringField("language", languages.declaredOrGuessed(e.language(), e.text())); // as enrich does
    json.writeStringField("siteName", e.siteName());
    json.writeStringField("canonicalUrl", e.canonicalUrl());
    json.writeStringField("description", e.description());
    json.writeStringField("mainImage", e.mainImage());
    json.writeStringField("section", e.section());
    json.writeArrayFieldStart("keywords");
    for (String k : e.keywords()) {
      json.writeString(k);
    }
    json.writeEndArray();
    json.writeStringField("sourceAttribution", e.sourceAttribution());
    json.writeArrayFieldStart("images");
    for (Figure f : e.images()) {
      json.writeStartObject();
      json.writeStringField("url", f.url());
      json.writeStringField("caption", f.caption());
      json.writeStringField("credit", f.credit());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  static List<Path> pageFiles(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(f -> suffix(f) != null).sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  /** The file name without its page suffix; a page in a folder of its own is named by the folder. */
  static String name(Path file) {
    String base = file.getFileName().toString();
    String suffix = suffix(file);
    String stem = suffix == null ? base : base.substring(0, base.length() - suffix.length());
    Path parent = file.toAbsolutePath().getParent();
    boolean genericName = stem.equals("source") || stem.equals("index");
    return genericName && parent != null && parent.getFileName() != null ? parent.getFileName().toString() : stem;
  }

  private static String suffix(Path file) {
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return SUFFIXES.stream().filter(lower::endsWith).findFirst().orElse(null);
  }

  /** A .txt file is a text page unless its bytes are HTML after all (as enrich sniffs it). */
  private static boolean isText(Path file, byte[] bytes) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".txt") || name.endsWith(".txt.gz")) && ContentSniffer.isTextPage("text/plain", bytes);
  }

  private static String decode(byte[] bytes) {
    int bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    return new String(bytes, bom, bytes.length - bom, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static byte[] read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      InputStream body = file.toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in) : in;
      return body.readAllBytes();
    }
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
