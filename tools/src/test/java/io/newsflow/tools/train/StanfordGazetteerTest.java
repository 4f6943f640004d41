package io.newsflow.tools.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StanfordGazetteerTest {
  @Test
  void namesAreTypedJoinedAndAmbiguousOnesLeftOut() {
    Map<String, String> names =
        StanfordGazetteer.read(
            List.of(
                "甲 乙 市\tCITY\tGPE,LOCATION\t1",
                "丙丁\tPERSON\tPERSON\t1",
                "戊己 公司\tORGANIZATION\tORGANIZATION\t1",
                "庚辛\tCOUNTRY\tGPE\t1",
                "庚辛\tPERSON\tPERSON\t1",
                "壬癸人\tNATIONALITY\tMISC\t1",
                "子\tCITY\tGPE\t1"));
    assertEquals(Map.of("甲乙市", "LOC", "丙丁", "PER", "戊己公司", "ORG"), names);
  }

  @Test
  void aNameIsWrittenOneCharacterATokenWithItsTags() {
    assertEquals("甲 B-LOC\n乙 I-LOC\n市 I-LOC\n\n", StanfordGazetteer.asCharacters("甲乙市", "LOC"));
    assertEquals( // a Latin run stays one token, as in the tagger's text
        "GPS B-ORG\n公 I-ORG\n司 I-ORG\n\n", StanfordGazetteer.asCharacters("GPS公司", "ORG"));
  }
}
