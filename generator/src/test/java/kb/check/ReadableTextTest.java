package kb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The text a reader sees in markup: inline elements join their text, other elements part it, and
 * attribute values, comments and scripts follow the text, each on a line of its own.
 */
class ReadableTextTest {

  @Test
  void highlightedSpansJoinAsTheReaderSeesThem() {
    String html =
        "<pre><code><span class=\"k\">from</span> <span class=\"n\">futu</span>"
            + " <span class=\"k\">import</span> *</code></pre>";
    assertEquals("\nfrom futu import *\n\n", ReadableText.of(html));
  }

  @Test
  void blocksPartTheirTextAndAttributeValuesFollowIt() {
    String html =
        "<p>One</p><p>Two <a href='https://x.example/%66' title=Hint>link</a></p>"
            + "<img alt=\"A &amp; B\" src=\"i.svg\">";
    assertEquals(
        "\nOne\n\nTwo link\n\n\nhttps://x.example/%66\nHint\nA & B\ni.svg\n",
        ReadableText.of(html));
  }

  @Test
  void referencesCommentsCdataAndScriptsAreRead() {
    String svg =
        "<?xml version=\"1.0\"?><!-- made by Tool --><svg><text>F&#117;tu<tspan>OpenD</tspan>"
            + "</text><text><![CDATA[a < b]]></text><script>var x = '<b>';</script></svg>";
    assertEquals(
        "\n\nFutuOpenD\n\na < b\n\n\n\n\nxml version=\"1.0\"?\n made by Tool \nvar x = '<b>';\n",
        ReadableText.of(svg));
  }

  @Test
  void aLessThanSignThatStartsNoTagIsText() {
    assertEquals("a < b <3 &\n", ReadableText.of("a < b <3 &amp;"));
  }
}
