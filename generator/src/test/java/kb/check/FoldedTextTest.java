package kb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text folded for the leak lint: escapes decoded, forms unified, invisibles gone, case folded. */
class FoldedTextTest {

  @Test
  void percentEscapesOfUtf8AreDecodedAndOthersKept() {
    assertEquals("futunn %zz 100% %ff", FoldedText.of("%66utunn %zz 100% %FF").text());
    assertEquals("f", FoldedText.of("%EF%BD%86").text());
  }

  @Test
  void fullWidthLettersLigaturesAndCaseFoldToTheSameText() {
    assertEquals("futu", FoldedText.of("ＦＵＴＵ").text());
    assertEquals("file", FoldedText.of("ﬁle").text());
    assertEquals("istanbul σοσ", FoldedText.of("İSTANBUL ΣΟΣ").text().replace("\u0307", ""));
  }

  @Test
  void invisibleCharactersAreRemovedButLineBreaksAndTabsKept() {
    assertEquals(
        "futuopend\n\tend",
        FoldedText.of("Fu\u00adtu\u200bOpen\u2060D\u200d\ufeff\u0007\n\tend").text());
  }

  @Test
  void eachFoldedCharacterKnowsWhereItCameFrom() {
    FoldedText folded = FoldedText.tracked("a\u00adＢ%63d");
    assertEquals("abcd", folded.text());
    assertEquals(0, folded.origin(0));
    assertEquals(2, folded.origin(1));
    assertEquals(3, folded.origin(2));
    assertEquals(6, folded.origin(3));
    assertEquals(7, folded.origin(4));
  }
}
