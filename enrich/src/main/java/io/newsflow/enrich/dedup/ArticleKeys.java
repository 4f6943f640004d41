package io.newsflow.enrich.dedup;

import io.newsflow.schema.Article;
import io.newsflow.schema.Entity;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What the index reads of an Article: its text's signature, salient entities, story time. */
public final class ArticleKeys {
  /** Entities at least this salient (0..1) are what an article is about. */
  static final double MIN_SALIENCE = 0.3;

  /** The most salient entities kept at most. */
  static final int MAX_ENTITIES = 8;

  private ArticleKeys() {}

  public static DedupInput input(Article article, long seq, long recordTime) {
    return new DedupInput(
        article.getId(),
        seq,
        recordTime,
        storyTime(article, recordTime),
        Signature.of(article.getText()),
        salientEntities(article));
  }

  /** Type and canonical name of the salient entities, lower case, most salient first. */
  public static List<String> salientEntities(Article article) {
    return article.getEntities().stream()
        .filter(e -> e.getSalience() >= MIN_SALIENCE)
        .sorted(Comparator.comparingDouble(Entity::getSalience).reversed())
        .limit(MAX_ENTITIES)
        .map(e -> e.getType() + ":" + e.getName().toLowerCase(Locale.ROOT))
        .toList();
  }

  /** The publication time where the page gives a readable one, else the record's time. */
  static long storyTime(Article article, long recordTime) {
    Long published = publishedTime(article);
    return published == null ? recordTime : published;
  }

  /**
   * The publication time's epoch milliseconds, or null where the page gives none or one without an
   * offset (a date alone: the record time is as good).
   */
  static Long publishedTime(Article article) {
    String published = article.getPublishedTime();
    return published == null ? null : OffsetTimes.epochMilli(published);
  }

  /**
   * The article with the decision's fields set, in place: the caller owns it (dedup has just
   * decoded it from its topic), and a copy through the builder would deep-copy every list.
   */
  public static Article decided(Article article, DedupDecision d) {
    article.setDuplicateOf(d.duplicateOf());
    article.setSimilarity(d.similarity());
    article.setStoryId(d.storyId());
    article.setStorySignals(d.storySignals());
    return article;
  }
}
