package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cached hashes must be exactly the features' string hashes, or the model reads other rows. */
class WordFeaturesTest {
  private final Gazetteer gazetteer = new Gazetteer(Map.of("new york", 1 << 3));
  private final Lexicon lexicon = new Lexicon(Map.of("new", 12));

  @Test
  void ownFeaturesAreTheStringHashes() {
    WordFeatures w = WordFeatures.of("New-York\u2019s", gazetteer, lexicon);
    assertEquals("new-york's", w.lower);
    assertEquals(FeatureHash.of(Template.WORD, "New-York's"), w.own[0]);
    assertEquals(FeatureHash.of(Template.LOWER, "new-york's"), w.own[1]);
    assertEquals(FeatureHash.of(Template.SHAPE, "Xxx-Xxxx'x"), w.own[2]);
    assertEquals(FeatureHash.of(Template.SHORT_SHAPE, "Xx-Xx'x"), w.own[3]);
    assertEquals(FeatureHash.of(Template.PREFIX, "ne"), w.own[6]);
    assertEquals(FeatureHash.of(Template.SUFFIX, "'s"), w.own[7]);
    assertEquals(FeatureHash.of(Template.HYPHEN_PART, "last", "york's"), w.hyphenParts[1]);
  }

  @Test
  void paddingSeesTheMarkerForEveryPreviousTag() {
    for (int tag = 0; tag < TagSet.SIZE; tag++) {
      assertEquals(
          FeatureHash.of(Template.PREV_TAG_NEXT_LOWER, TagSet.name(tag), "<s>"),
          WordFeatures.PAD.afterTag[WordFeatures.PREV_TAG_NEXT_LOWER + tag]);
      assertEquals(
          FeatureHash.of(Template.PREV_TAG_PREV_LOWER, TagSet.name(tag), "<s>"),
          WordFeatures.PAD.afterTag[WordFeatures.PREV_TAG_PREV_LOWER + tag]);
    }
  }

  @Test
  void vectorAddsTheSameIdsAsTheCachedHashes() {
    FeatureVector strings = new FeatureVector(20);
    FeatureVector cached = new FeatureVector(20);
    strings.add(Template.BIGRAM_P1, "new", "york");
    WordFeatures w = WordFeatures.of("New", gazetteer, lexicon);
    cached.addHash(FeatureHash.finish(FeatureHash.mix(w.bigramP1Head, "york")));
    assertEquals(strings.id(0), cached.id(0));
  }

  @Test
  void gazetteerMarksLongerNamesOnlyThroughKnownPrefixes() {
    int[] marks = gazetteer.annotate(new String[] {"in", "new", "york", "new"});
    assertEquals(0, marks[0]);
    assertEquals(1 << (Gazetteer.BEGIN * 5 + 3), marks[1]);
    assertEquals(1 << (Gazetteer.LAST * 5 + 3), marks[2]);
    assertEquals(0, marks[3]);
  }
}
