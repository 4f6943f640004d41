package io.newsflow.app;

import io.newsflow.app.cli.DurationConverter;
import io.newsflow.app.cli.SettingsDefaultProvider;
import io.newsflow.app.cli.UserError;
import io.newsflow.app.commands.BenchCommand;
import io.newsflow.app.commands.BrokerCommand;
import io.newsflow.app.commands.DedupCommand;
import io.newsflow.app.commands.EnrichCommand;
import io.newsflow.app.commands.ExtractCommand;
import io.newsflow.app.commands.IngestCommand;
import io.newsflow.app.commands.MonitorCommand;
import io.newsflow.app.commands.NerCommand;
import io.newsflow.app.commands.PublishCommand;
import io.newsflow.app.commands.RunCommand;
import io.newsflow.app.commands.SinkCommand;
import io.newsflow.app.commands.TailCommand;
import io.newsflow.schema.TrustedSchemaClasses;
import java.time.Duration;
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
      BrokerCommand.class,
      IngestCommand.class,
      PublishCommand.class,
      EnrichCommand.class,
      SinkCommand.class,
      MonitorCommand.class,
      ExtractCommand.class,
      DedupCommand.class,
      NerCommand.class,
      BenchCommand.class,
      TailCommand.class
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
        .registerConverter(Duration.class, new DurationConverter())
        .setParameterExceptionHandler(NewsflowCommand::reportBadArguments)
        .setExecutionExceptionHandler(NewsflowCommand::reportUserErrors);
  }

  /**
   * Mistakes the user can fix are one line and an exit code, no stack trace; anything else is a
   * crash and keeps its stack trace.
   */
  private static int reportUserErrors(
      Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
    if (!(e instanceof UserError error)) {
      throw e;
    }
    printLine(command, error.getMessage());
    return error.exitCode();
  }

  /**
   * A bad value is one line; an unknown option or a missing one adds the short usage, since then
   * the user may not know the command's options.
   */
  private static int reportBadArguments(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    printLine(command, e.getMessage());
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, command.getErr());
    }
    if (e instanceof CommandLine.UnmatchedArgumentException
        || e instanceof CommandLine.MissingParameterException) {
      String name = command.getCommandSpec().qualifiedName();
      command.getErr().println("Usage: " + name + " [OPTIONS]; `" + name + " --help` lists them");
      command.getErr().flush();
    }
    return CommandLine.ExitCode.USAGE;
  }

  private static void printLine(CommandLine command, String message) {
    command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + message);
    command.getErr().flush();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
