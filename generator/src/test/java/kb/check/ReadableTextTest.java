package kb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text a reader sees in markup: inline elements join their text, other elements part it, and
 * attribute values, comments and scripts follow the text, each on a line of its own.
 */
class ReadableTextTest {

  /** The lines of the readable text that hold something. */
  private static List<String> lines(String markup) {
    return ReadableText.of(markup).lines().filter(line -> !line.isEmpty()).toList();
  }

  @Test
  void highlightedSpansJoinAsTheReaderSeesThem() {
    String html =
        "<pre><code><span class=\"k\">from</span> <span class=\"n\">futu</span>"
            + " <span class=\"k\">import</span> *</code></pre>";
    assertEquals(List.of("from futu import *"), lines(html));
  }

  @Test
  void blocksPartTheirTextAndAttributeValuesFollowIt() {
    String html =
        "<p>One</p><p>Two <a href='https://x.example/%66' title=Hint>link</a></p>"
            + "<img alt=\"A &amp; B\" SRC=\"i.svg\">";
    assertEquals(
        List.of("One", "Two link", "https://x.example/%66", "Hint", "A & B", "i.svg"), lines(html));
  }

  @Test
  void referencesCommentsCdataAndScriptsAreRead() {
    String svg =
        "<?xml version=\"1.0\"?><!-- made by Tool --><svg><text>F&#117;tu<tspan>OpenD</tspan>"
            + "</text><text><![CDATA[a < b]]></text><script>var x = 'a';</script></svg>";
    List<String> lines = lines(svg);
    assertEquals(List.of("FutuOpenD", "a < b"), lines.subList(0, 2));
    assertTrue(lines.containsAll(List.of(" made by Tool ", "var x = 'a';")), lines.toString());
    String html = "<p>F&#x75;tu<!-- by Futu --></p><script>let s = 'moomoo';</script>";
    assertEquals(List.of("Futu", " by Futu ", "let s = 'moomoo';"), lines(html));
  }

  @Test
  void aLessThanSignThatStartsNoTagIsText() {
    assertEquals(List.of("a < b <3 &"), lines("a < b <3 &amp;"));
  }
}
