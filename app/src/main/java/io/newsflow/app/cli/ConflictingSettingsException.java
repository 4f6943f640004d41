package io.newsflow.app.cli;

/**
 * Settings that each are valid but do not work together; the message names the options and values.
 */
public final class ConflictingSettingsException extends UserError {
  public ConflictingSettingsException(String message) {
    super(message);
  }
}
