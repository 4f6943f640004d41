package io.newsflow.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseWordsBaselineTest {
  @Test
  void hanlpNamesBecomeIob2TagsOfTheModelTokens() {
    List<String> tokens = List.of("习", "近", "平", "访", "问", "法", "国", "GPS", "。");
    assertEquals(
        List.of("B-PER", "I-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "O", "O"),
        ChineseWordsBaseline.tags(tokens));
  }
}
