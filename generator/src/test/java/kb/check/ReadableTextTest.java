package kb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  /** Any markup of the kinds templates write reads to the same words as jsoup reads it. */
  @Property(tries = 2000, seed = "20261207")
  void readsTheWordsJsoupReads(@ForAll("markup") String markup) {
    assertEquals(words(JsoupReadableText.of(markup)), words(ReadableText.of(markup)), markup);
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).sorted().toList();
  }

  /** Well-formed markup, as a template writes it, in any of the ways HTML allows. */
  @Provide
  Arbitrary<String> markup() {
    Arbitrary<String> inline =
        Arbitraries.of(
                "Futu ",
                "moomoo",
                " OpenD ",
                "a&amp;b ",
                "F&#117;tu ",
                "&lt;tag&gt; ",
                "<span class='k'>from</span>",
                "<a href=\"faq/a.html#1\" title='Hint text'>link</a>",
                "<a href=/x?q=1&amp;r=2>x</a>",
                "<b>bold</b>",
                "<em>it</em>",
                "<br>",
                "<img alt=\"A &amp; B\" src=\"i.svg\">",
                "<IMG ALT=Logo SRC=logo.png>",
                "<!-- a comment -->",
                "<input value=\"typed here\" data-x='y z'>")
            .list()
            .ofMaxSize(6)
            .map(pieces -> String.join("", pieces));
    Arbitrary<String> block =
        Arbitraries.oneOf(
            inline,
            inline.map(text -> "<p>" + text + "</p>"),
            inline.map(text -> "<div class=\"x\">" + text + "</div>"),
            inline.map(text -> "<ul><li>" + text + "</li></ul>"),
            Arbitraries.of("<script>var s = 'x';</script>", "<style>.k { color: red }</style>"));
    return block.list().ofMaxSize(6).map(pieces -> String.join("\n", pieces));
  }
}
