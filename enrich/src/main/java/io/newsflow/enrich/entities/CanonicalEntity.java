package io.newsflow.enrich.entities;

import java.util.List;

/**
 * All mentions of one thing in an article under one canonical name ("Putin" and "Vladimir Putin"
 * are both "Vladimir Putin").
 *
 * @param salience 0..1, higher for entities mentioned early and often
 */
public record CanonicalEntity(
    String type, String name, List<EntityMention> mentions, double salience) {

  public CanonicalEntity {
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an entity has at least one mention: " + name);
    }
  }

  public int count() {
    return mentions.size();
  }

  public int firstOffset() {
    return mentions.stream().mapToInt(EntityMention::start).min().orElse(0);
  }
}
