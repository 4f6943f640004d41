package io.newsflow.app.extract;

import io.newsflow.schema.Article;
import io.newsflow.schema.deadletter.DeadLetterReason;
import io.newsflow.schema.deadletter.Stage;
import java.nio.file.Path;

/**
 * What became of one saved page: its article, or the dead letter the pipeline would have written
 * for it (the stage that refused it, the reason, a message).
 *
 * @param article null for a dead letter
 * @param stage the stage that made the article or refused the page
 * @param reason null for an article
 */
public record FileOutcome(
    Path file, String url, Article article, Stage stage, DeadLetterReason reason, String message) {
  static FileOutcome article(Path file, String url, Article article) {
    return new FileOutcome(file, url, article, Stage.ENRICH, null, null);
  }

  static FileOutcome deadLetter(
      Path file, String url, Stage stage, DeadLetterReason reason, String message) {
    return new FileOutcome(file, url, null, stage, reason, message);
  }

  public boolean isArticle() {
    return article != null;
  }
}
