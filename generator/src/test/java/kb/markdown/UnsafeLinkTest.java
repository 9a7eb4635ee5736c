package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kb.RenderedPages;
import kb.TestContent;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link or image that could run code is an error at its source line and column, however it is
 * spelled: any case, entities, controls a browser strips, a brand variable, an autolink, a
 * reference. Raw HTML stays text.
 */
class UnsafeLinkTest {

  @TempDir Path dir;

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private List<RenderedPage> render(String body) {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "brands/alpha.yml",
        TestContent.brand("alpha", "Alpha", "alphapkg", "#112233")
            + "evil: \"JavaScript:alert('variable')\"\n");
    content.write("faq/a.md", TestContent.page("A", "A", 1, body));
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    Brand brand = brands.select("alpha").get(0);
    return RenderedPages.of(renderer, set, brands, brand);
  }

  /** Each problem as "line:column: message". */
  private List<String> problems(String body) {
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> render(body));
    return e.diagnostics().stream().map(UnsafeLinkTest::where).toList();
  }

  private static String where(Diagnostic d) {
    return d.where().line() + ":" + d.where().column() + ": " + d.message();
  }

  private static final String JAVASCRIPT =
      "uses the URL scheme 'javascript:', which kb does not allow";

  @Test
  void javascriptLinksAreErrorsAtTheirLineAndColumnHoweverTheyAreSpelled() {
    String body =
        String.join(
            "\n",
            "## Q {#1}", // line 6
            "",
            "[lower](javascript:alert(1)) [mixed](JaVaScRiPt:alert(2))",
            "[entity](jav&#x61;script:alert(3)) [all](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;x)",
            "[tab](java&#9;script:t) [newline](java&#x0A;script:n) [space](&#32;javascript:s)",
            "[padded](  javascript:p) <javascript:alert(4)> [variable]({{evil}})",
            "[reference][r] ![image](javascript:alert(5)) [vb](VBScript:msgbox(1))",
            "",
            "[r]: javascript:alert(6)",
            "");
    // flexmark resolves each URL of a page once, so each is reported once.
    assertEquals(
        List.of(
            "8:1: link 'javascript:alert(1)' " + JAVASCRIPT,
            "8:30: link 'JaVaScRiPt:alert(2)' " + JAVASCRIPT,
            "9:1: link 'javascript:alert(3)' " + JAVASCRIPT,
            "9:36: link 'javascript:x' " + JAVASCRIPT,
            "10:1: link 'java\\u0009script:t' " + JAVASCRIPT,
            "10:25: link 'java\\u000ascript:n' " + JAVASCRIPT,
            "10:55: link 'javascript:s' " + JAVASCRIPT,
            "11:1: link 'javascript:p' " + JAVASCRIPT,
            "11:26: link 'javascript:alert(4)' " + JAVASCRIPT,
            "11:48: link 'JavaScript:alert('variable')' " + JAVASCRIPT,
            "12:1: link 'javascript:alert(6)' " + JAVASCRIPT,
            "12:16: image 'javascript:alert(5)' " + JAVASCRIPT,
            "12:46: link 'VBScript:msgbox(1)' uses the URL scheme 'vbscript:', which kb does not"
                + " allow"),
        problems(body));
  }

  @Test
  void aRefusedLinkSaysWhatALinkMayBe() {
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> render("## Q {#1}\n\n[x](JAVASCRIPT:x)\n"));
    assertEquals(
        "a URL may be relative (other.md#id, ../images/a.png), a #id, or an http:, https: or"
            + " mailto: URL",
        e.diagnostics().get(0).hint());
  }

  @Test
  void dataUrlsAreErrorsThatSayWhatIsWrongWithThem() {
    String body =
        "## Q {#1}\n\n[d](data:text/html,<script>alert(1)</script>)"
            + " ![i](data:image/png;base64,iVBORw0KGgo=)\n";
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> render(body));
    assertEquals(
        List.of(
            "8:1: link 'data:text/html,<script>alert(1)</script>' is a data: URL, which kb does"
                + " not allow in links",
            "8:47: image 'data:image/png;base64,iVBORw0KGgo=' is a data: URL, not a file of the"
                + " content folder"),
        e.diagnostics().stream().map(UnsafeLinkTest::where).toList());
    assertEquals(
        "save the image under content/, for example content/images/a.png, and write its path"
            + " relative to the page",
        e.diagnostics().get(1).hint());
  }

  @Test
  void aColonInTheFirstSegmentOfARelativeLinkIsAnErrorWithTheFix() {
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> render("## Q {#1}\n\n[x](2024:notes.md)\n"));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(
        "8:1: link '2024:notes.md' has a ':' in its first path segment, which browsers may read as a"
            + " scheme",
        where(d));
    assertEquals("write ./2024:notes.md for a relative path", d.hint());
  }

  @Test
  void webAndMailLinksStayAsWrittenAndEmailAutolinksBecomeMailtoLinks() {
    Document html =
        Jsoup.parse(
            render(
                    "## Q {#1}\n\n[w](HTTPS://example.com/a) [m](mailto:help@alpha.example)"
                        + " <help@alpha.example> <https://example.com/b>\n")
                .get(0)
                .questions()
                .get(0)
                .answerHtml());
    assertEquals(
        List.of(
            "HTTPS://example.com/a",
            "mailto:help@alpha.example",
            "mailto:help@alpha.example",
            "https://example.com/b"),
        html.select("a").eachAttr("href"));
  }

  @Test
  void aRawHtmlLinkIsTextAndNoLink() {
    Question q =
        render("## Q {#1}\n\n<a href=\"javascript:alert(1)\">click</a>\n\n<a href=javascript:x>\n")
            .get(0)
            .questions()
            .get(0);
    assertTrue(Jsoup.parse(q.answerHtml()).select("a, [href]").isEmpty(), q.answerHtml());
    assertEquals("<a href=\"javascript:alert(1)\">click</a> <a href=javascript:x>", q.answerText());
  }
}
