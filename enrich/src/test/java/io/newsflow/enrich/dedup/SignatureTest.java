package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
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
}
