package kb.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontCodingTest {

  @Test
  void writesEachWordAsItsSharedPrefixAndTheRest() {
    assertEquals("!与#后#它", FrontCoding.encode(List.of("与", "与后", "与它")));
    assertEquals("!port#ts$ugal", FrontCoding.encode(List.of("port", "pts", "ptugal")));
  }

  @Test
  void readsBackWhatItWrote() {
    List<String> words =
        List.of(
            "127.0.0.1",
            "127.0.0.2",
            "a",
            "auto_hold_quote_left_and_right_side",
            "auto_hold_quote_left_and_right_sides",
            "\ud801\udc28a",
            "\ud801\udc29b",
            "行情",
            "行情权");
    assertEquals(words, FrontCoding.decode(FrontCoding.encode(words)));
  }

  @Test
  void sharesAtMostWhatTheCodesCanSay() {
    String longWord = "a".repeat(40);
    String coded = FrontCoding.encode(List.of(longWord, longWord + "b"));
    int most = FrontCoding.PREFIX_CODES.length() - 1;
    assertEquals(
        "!" + longWord + FrontCoding.PREFIX_CODES.charAt(most) + "a".repeat(40 - most) + "b",
        coded);
  }

  @Test
  void neverCutsASurrogatePair() {
    // U+10428 and U+10429 share their high surrogate, which must stay with its low one.
    assertEquals(
        "!\ud801\udc28!\ud801\udc29", FrontCoding.encode(List.of("\ud801\udc28", "\ud801\udc29")));
  }

  @Test
  void refusesAWordHoldingAPrefixCode() {
    assertThrows(IllegalArgumentException.class, () -> FrontCoding.encode(List.of("a", "a!b")));
  }

  @Test
  void writesTermIdsAsRunsOfNeighbours() {
    assertArrayEquals(
        new int[] {40, 3, 47, 1, 2, 2},
        BrowserIndexExporter.runs(new int[] {40, 41, 42, 47, 2, 3}));
    assertArrayEquals(new int[0], BrowserIndexExporter.runs(new int[0]));
  }
}
