package io.newsflow.enrich.text;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the cleaner makes of each seed (a development aid). */
final class SeedDump {
  public static void main(String[] args) throws Exception {
    TextCleaner cleaner = TextCleaner.withDefaultRules();
    try (var files = Files.list(Path.of(args[0]))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        var e = cleaner.clean(Files.readString(f), null, SiteMemory.NONE).extraction();
        System.out.println("=== " + f.getFileName() + " title=" + e.title() + " authors=" + e.authors()
            + " published=" + e.publishedTime() + " source=" + e.sourceAttribution());
        e.blocks().forEach(b -> System.out.println("  | " + (b.length() > 90 ? b.substring(0, 90) : b)));
        e.images().forEach(i -> System.out.println("  img " + i));
        e.removed().forEach(r -> System.out.println("  - " + r.reason() + ": " + (r.text().length() > 80 ? r.text().substring(0, 80) : r.text())));
      }
    }
  }
}
