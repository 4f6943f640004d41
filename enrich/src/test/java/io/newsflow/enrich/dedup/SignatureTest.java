package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Minister Said On Tuesday That The Talks Would Resume In Geneva Next Week",
        "ΟΙ ΥΠΟΥΡΓΟΙ ΣΥΝΑΝΤΗΘΗΚΑΝ ΣΤΗΝ ΑΘΗΝΑ ΓΙΑ ΤΙΣ ΣΥΝΟΜΙΛΙΕΣ ΤΟΥ ΟΔΥΣΣΕΑΣ",
        "İSTANBUL'DA TOPLANTI YAPILDI VE İKİ ÜLKE ANLAŞMA İMZALADI BUGÜN",
        "Ｆｕｌｌ－ｗｉｄｔｈ ＬＥＴＴＥＲＳ and\u00a0a no-break space fold as NFKC says",
      })
  void aTextAndItsLowerCaseHaveOneSignature(String text) {
    String lower =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT);
    assertEquals(Signature.of(lower), Signature.of(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sigma ΑΣ end", "ΑΣ in the middle"})
  void aFinalSigmaIsAnotherLetterThanAMedialOne(String text) {
    // lower case turns a capital sigma at a word's end into ς, elsewhere into σ
    assertNotEquals(Signature.of(text.replace("ΑΣ", "ασ")), Signature.of(text));
    assertEquals(Signature.of(text.replace("ΑΣ", "ας")), Signature.of(text));
  }

  @Test
  void countsEachShingleOnce() {
    // 9 words, 7 shingles of three, 3 of them different: a b c, b c a, c a b
    assertEquals(3, Signature.of("a b c a b c a b c").shingles());
    assertEquals(7, Signature.of("a b c d e f g h i").shingles());
    assertEquals(1, Signature.of("two words").shingles());
    assertEquals(0, Signature.of(" -- ").shingles());
  }

  @Test
  void countsDistinctHashesWhateverTheirBits() {
    assertEquals(0, Signature.distinct(new long[0]));
    // 0 (the table's empty slot), repeats, and hashes that share their low bits
    long[] hashes = {0, 5, 0, 5, 5 + (1L << 40), -1, 5 + (1L << 40), 1L << 62, 0};
    assertEquals(5, Signature.distinct(hashes));
    long[] many = new long[1000];
    for (int i = 0; i < many.length; i++) {
      many[i] = (i % 300) * 1024L; // low bits all zero: every one probes
    }
    assertEquals(300, Signature.distinct(many));
  }
}
