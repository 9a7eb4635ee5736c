package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The plain text of generated HTML is the text Jsoup gives for it, without building a DOM. */
class HtmlTextTest {

  @Test
  void blocksSeparateWordsInlineTagsDoNotAndReferencesAreDecoded() {
    assertEquals(
        "Run futu & co < 2 \u00e9t\u00e9 x",
        HtmlText.of(
            "<p>Run <code>fu</code><span class=\"k\">tu</span>&nbsp;&amp; co &lt; 2</p>"
                + "<ul><li>&#xe9;t&#233;</li></ul>\n\n<p>x</p>"));
  }

  @Test
  void unknownReferencesAndLoneAmpersandsStayAsWritten() {
    assertEquals("a &bogus; & b &", HtmlText.of("<p>a &bogus; & b &</p>"));
  }

  @Property(tries = 2000, seed = "20261125")
  void givesJsoupsTextForHtmlShapedLikeKbs(@ForAll("html") String html) {
    assertEquals(Jsoup.parseBodyFragment(html).body().text(), HtmlText.of(html), html);
  }

  /** Blocks and inline elements like those flexmark and kb's renderers write, well nested. */
  @Provide
  Arbitrary<String> html() {
    Arbitrary<String> inline = inline().list().ofMaxSize(6).map(parts -> String.join("", parts));
    Arbitrary<String> paragraph = inline.map(text -> "<p>" + text + "</p>");
    Arbitrary<String> list =
        inline
            .list()
            .ofMaxSize(3)
            .map(items -> "<ul><li>" + String.join("</li><li>", items) + "</li></ul>");
    return Arbitraries.oneOf(paragraph, list, Arbitraries.of("\n", "<hr />"))
        .list()
        .ofMaxSize(5)
        .map(blocks -> String.join("", blocks));
  }

  private static Arbitrary<String> inline() {
    Arbitrary<String> text =
        Arbitraries.of(
            "word",
            "中文",
            " ",
            "\n",
            "\t",
            "\r",
            "\f",
            "\u0001",
            "\u001f",
            "\u00a0",
            "&amp;",
            "&lt;",
            "&gt;",
            "&quot;",
            "&nbsp;",
            "&#233;",
            "&#x1F600;",
            "&",
            ";",
            "&bogus;");
    Arbitrary<String> element =
        Arbitraries.oneOf(
            text.map(t -> "<span class=\"tok-k\">" + t + "</span>"),
            text.map(t -> "<strong>" + t + "</strong>"),
            text.map(t -> "<a href=\"x.html#1\">" + t + "</a>"),
            text.map(t -> "<code>" + t + "</code>"),
            Arbitraries.just("<br />"));
    return Arbitraries.oneOf(text, element);
  }
}
