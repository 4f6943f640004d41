package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The README's option table states the defaults the commands have. */
class ReadmeDefaultsTest {
  /**
   * "| ingest: `--a` / `--b` | `PT1S` / 3 | meaning |"; rows without a command are checked on run.
   */
  private static final Pattern ROW =
      Pattern.compile("^\\| (?:(\\w+): )?(`--.*?) \\| (.*?) \\|.*\\|$");

  private static final Pattern SEPARATOR = Pattern.compile(" / |, ");

  @Test
  void everyDefaultInTheOptionTableIsTheCommandLinesDefault() throws IOException {
    List<String> checked = new ArrayList<>();
    for (String line :
        Files.readAllLines(RunOutput.repoRoot().resolve("README.md"), StandardCharsets.UTF_8)) {
      Matcher row = ROW.matcher(line);
      if (!row.matches()) {
        continue;
      }
      String command = row.group(1) == null ? "run" : row.group(1);
      List<String> options = Arrays.asList(SEPARATOR.split(row.group(2)));
      List<String> defaults = Arrays.asList(SEPARATOR.split(row.group(3)));
      assertTrue(
          defaults.size() == 1 || defaults.size() == options.size(),
          "options and defaults do not pair: " + line);
      for (int i = 0; i < options.size(); i++) {
        String stated = statedDefault(defaults.get(defaults.size() == 1 ? 0 : i));
        if (stated != null) {
          OptionSpec option = option(command, options.get(i).replace("`", ""));
          assertEquals(
              stated,
              option.defaultValue(),
              command + " " + option.longestName() + " in the README");
          checked.add(option.longestName());
        }
      }
    }
    assertTrue(
        checked.size() >= 30, "only these defaults were found in the README table: " + checked);
  }

  /** The value of "`PT0S` (no limit)" or "16777216"; null for none, off and descriptions. */
  private static String statedDefault(String cell) {
    String text = cell.strip();
    String value =
        text.startsWith("`") ? text.substring(1, text.indexOf('`', 1)) : text.split(" ", 2)[0];
    boolean described =
        value.equals("none") || value.equals("off") || value.contains("<") || value.contains("...");
    return described ? null : value;
  }

  private static OptionSpec option(String command, String name) {
    CommandSpec spec =
        NewsflowCommand.commandLine(new String[0], Map.of())
            .getSubcommands()
            .get(command)
            .getCommandSpec();
    OptionSpec option = spec.findOption(name);
    assertNotNull(option, command + " has no option " + name);
    return option;
  }
}
