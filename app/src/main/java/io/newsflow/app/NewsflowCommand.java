package io.newsflow.app;

import io.newsflow.app.cli.ConflictingSettingsException;
import io.newsflow.app.cli.SettingsDefaultProvider;
import io.newsflow.app.commands.EnrichCommand;
import io.newsflow.app.commands.ExtractCommand;
import io.newsflow.app.commands.IngestCommand;
import io.newsflow.app.commands.NerCommand;
import io.newsflow.app.commands.PublishCommand;
import io.newsflow.app.commands.RunCommand;
import io.newsflow.app.commands.SinkCommand;
import io.newsflow.schema.TrustedSchemaClasses;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command: one subcommand per stage, plus {@code run} for all of them. */
@Command(
    name = "newsflow",
    mixinStandardHelpOptions = true,
    version = "newsflow 0.1.0",
    description =
        "Streaming news ingest: scraper producers -> Kafka -> enrich (Kafka Streams) -> sink.",
    subcommands = {
      RunCommand.class,
      IngestCommand.class,
      PublishCommand.class,
      EnrichCommand.class,
      SinkCommand.class,
      ExtractCommand.class,
      NerCommand.class
    })
public final class NewsflowCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    TrustedSchemaClasses.register();
    System.exit(commandLine(args, System.getenv()).execute(args));
  }

  /** The configured command line; settings come from flags, then env, then the config file. */
  public static CommandLine commandLine(String[] args, java.util.Map<String, String> env) {
    return new CommandLine(new NewsflowCommand())
        .setDefaultValueProvider(SettingsDefaultProvider.fromArgs(args, env))
        .setExecutionExceptionHandler(NewsflowCommand::reportConflicts);
  }

  /**
   * Settings that do not work together are the user's to fix: one line and a usage exit code, no
   * stack trace.
   */
  private static int reportConflicts(
      Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
    if (!(e instanceof ConflictingSettingsException)) {
      throw e;
    }
    command.getErr().println("newsflow " + command.getCommandName() + ": " + e.getMessage());
    command.getErr().flush();
    return CommandLine.ExitCode.USAGE;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
