package io.newsflow.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StanfordTeacherLabelsTest {
  @Test
  void coreNlpTypesBecomeIob2SpansThatBreakWhereTheTypeChanges() {
    assertEquals(
        List.of("B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "O", "B-MISC"),
        StanfordTeacherLabels.iob2(
            List.of(
                "PERSON", "PERSON", "O", "LOCATION", "ORGANIZATION", "ORGANIZATION", "O", "MISC")));
  }

  @Test
  void conllLabelsAreReadAndUnknownTypesAreDropped() {
    assertEquals(
        List.of("B-LOC", "B-LOC", "I-LOC", "O", "B-ORG"),
        StanfordTeacherLabels.iob2(List.of("I-LOC", "B-LOC", "I-LOC", "DATE", "I-ORG")));
  }
}
