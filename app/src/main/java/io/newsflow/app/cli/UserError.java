package io.newsflow.app.cli;

/**
 * A mistake the user can fix (a bad value, a missing file, an unreachable cluster): reported as one
 * line naming the option, what was wrong and what is accepted, with {@link #exitCode()}; never a
 * stack trace.
 */
public class UserError extends RuntimeException {
  /** Exit code of a setting that is wrong in itself or with others. */
  public static final int USAGE = 2;

  /** Exit code of a setting that is fine but whose target did not work (a broker down). */
  public static final int UNAVAILABLE = 1;

  private final int exitCode;

  public UserError(String message) {
    this(message, USAGE);
  }

  public UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** {@code --option VALUE: problem; accepted}. */
  public static UserError badValue(String option, Object value, String problem, String accepted) {
    return new UserError(option + " " + value + ": " + problem + "; " + accepted);
  }

  public int exitCode() {
    return exitCode;
  }
}
