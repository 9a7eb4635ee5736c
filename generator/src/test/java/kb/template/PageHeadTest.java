package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Page descriptions fit what search engines show. */
class PageHeadTest {

  @Test
  void aShortDescriptionIsKeptAsItIs() {
    String text = "3 questions on OpenD: How to start OpenD? Why does login fail?";
    assertEquals(text, PageHead.shorten(text));
  }

  @Test
  void aLongDescriptionIsCutAtAWordBoundaryAndEndsInThreeAsciiDots() {
    String text = "word ".repeat(40) + "end";
    String shortened = PageHead.shorten(text);
    assertEquals("word ".repeat(31).strip() + "...", shortened); // 154 + 3 characters
    assertTrue(shortened.length() <= PageHead.MAX_DESCRIPTION, shortened);
    assertTrue(shortened.chars().allMatch(c -> c < 0x80), "ASCII only: " + shortened);
  }

  @Test
  void aLongDescriptionWithoutSpacesIsCutAtTheLimit() {
    String shortened = PageHead.shorten("x".repeat(400));
    assertEquals("x".repeat(PageHead.MAX_DESCRIPTION - 3) + "...", shortened);
  }
}
