package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysis chain: surface words as the browser splits them, and their index terms. */
class SearchAnalysisTest {

  private final SearchAnalysis analysis = new SearchAnalysis();

  @Test
  void productTermsStayWholeAndAreFollowedByTheirParts() {
    assertEquals(
        List.of("set", "auto_hold_quote_right", "auto", "hold", "quote", "right", "to", "1"),
        analysis.surfaceWords("Set auto_hold_quote_right to 1."));
    assertEquals(List.of("opend.xml", "opend", "xml"), analysis.surfaceWords("OpenD.xml"));
    assertEquals(List.of("127.0.0.1", "127", "0", "1"), analysis.surfaceWords("(127.0.0.1)"));
  }

  @Test
  void dotsAtTheEndsOfWordsAreTrimmed() {
    assertEquals(List.of("opend", "exits"), analysis.surfaceWords("OpenD... exits."));
    assertEquals(
        List.of("appdata", "com.futunn.futuopend", "com", "futunn", "futuopend", "f3cnn"),
        analysis.surfaceWords("%appdata%/com.futunn.FutuOpenD/F3CNN"));
  }

  @Test
  void termsAreStemmedButProductTermsAndNumbersAreKept() {
    assertEquals("verif", analysis.termOf("verification"));
    assertEquals("connect", analysis.termOf("connections"));
    assertEquals("opend.xml", analysis.termOf("opend.xml"));
    assertEquals("11111", analysis.termOf("11111"));
    assertEquals("f3cnn", analysis.termOf("f3cnn"));
    assertEquals("auto_hold_quote_right", analysis.termOf("auto_hold_quote_right"));
  }

  @Test
  void stopWordsAndApostropheLeftoversHaveNoTerm() {
    assertNull(analysis.termOf("the"));
    assertNull(analysis.termOf("s"));
    assertNull(analysis.termOf("t"));
  }

  @Test
  void wordsLongerThan255UnitsAreDroppedWithTheirParts() {
    String longest = "a".repeat(255);
    assertEquals(List.of(longest), analysis.surfaceWords(longest));
    assertEquals(List.of("ok", "end"), analysis.surfaceWords("ok " + "b_".repeat(200) + " end"));
  }

  @Test
  void numbersOfEveryKindAreWordCharactersAsInTheBrowser() {
    assertEquals(List.of("½cup", "ⅻ"), analysis.surfaceWords("½cup (Ⅻ)"));
  }

  @Test
  void nonLatinLettersAreWords() {
    assertEquals(List.of("富途", "牛牛", "café"), analysis.surfaceWords("富途 牛牛, Café!"));
  }
}
