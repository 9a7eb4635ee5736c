package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code tabs ({@code === "Python"}) and collapsible blocks ({@code ??? note}): HTML and errors. */
class CodeTabsTest {

  /** The page's body starts on this line of the file. */
  private static final int BODY = 6;

  @TempDir Path dir;

  private MarkdownRenderer renderer = new MarkdownRenderer();

  private RenderedPage render(String body, String brandId) {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, body));
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    Brand brand = brands.select(brandId).get(0);
    return RenderedPages.of(renderer, set, brands, brand).get(0);
  }

  private String answer(String body) {
    return render("## Q {#1}\n\n" + body, "alpha").questions().get(0).answerHtml();
  }

  private List<Diagnostic> failures(String body) {
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> render("## Q {#1}\n\n" + body, "alpha"));
    return e.diagnostics();
  }

  @Test
  void consecutiveTabsAreOneGroupInTheTabsPattern() {
    String html =
        answer(
            "=== \"Python\"\n\n    ```python\n    import kb\n    ```\n\n"
                + "=== \"C#\"\n\n    Use <b>this</b>.\n");
    assertEquals(
        """
        <div class="tabs" id="tabs-1">
        <div class="tabs-list" role="tablist" aria-label="Code language">
        <button type="button" role="tab" id="tabs-1-1-tab" aria-controls="tabs-1-1" \
        aria-selected="true" tabindex="0" data-tab="python">Python</button>
        <button type="button" role="tab" id="tabs-1-2-tab" aria-controls="tabs-1-2" \
        aria-selected="false" tabindex="-1" data-tab="csharp">C#</button>
        </div>
        <div class="tabs-panel" role="tabpanel" id="tabs-1-1" aria-labelledby="tabs-1-1-tab" \
        tabindex="0" data-tab="python">
        <p class="tabs-caption">Python</p>
        <pre tabindex="0"><code class="language-python"><span class="tk-keyword">import</span> kb
        </code></pre>
        </div>
        <div class="tabs-panel" role="tabpanel" id="tabs-1-2" aria-labelledby="tabs-1-2-tab" \
        tabindex="0" data-tab="csharp">
        <p class="tabs-caption">C#</p>
        <p>Use &lt;b&gt;this&lt;/b&gt;.</p>
        </div>
        </div>
        """,
        html.strip() + "\n");
  }

  @Test
  void anythingButABlankLineBetweenTabsStartsANewGroupAndIdsNumberTheGroups() {
    String body = "=== \"A\"\n    one\n=== \"B\"\n    two\n\nBetween.\n\n=== \"A\"\n    three\n";
    Document html = Jsoup.parse(answer(body));
    assertEquals(List.of("tabs-1", "tabs-2"), html.select("div.tabs").eachAttr("id"));
    assertEquals(
        List.of("tabs-1-1", "tabs-1-2", "tabs-2-1"), html.select("[role=tabpanel]").eachAttr("id"));
    assertEquals("Between.", html.selectFirst("body > p").text());
    assertEquals(answer(body), answer(body), "the same ids in every build");
  }

  @Test
  void aTabHoldsAnyMarkdownAndEndsAtTheFirstLineNotIndented() {
    String body =
        "=== \"Steps\"\n\n    1. Open it.\n    2. Log in.\n\n    !!! tip\n        Done.\n\nAfter.\n";
    Document html = Jsoup.parse(answer(body));
    Element panel = html.selectFirst("[role=tabpanel]");
    assertEquals(2, panel.select("ol > li").size());
    assertEquals("Done.", panel.selectFirst("aside.callout-tip p:not(.callout-title)").text());
    assertEquals("After.", html.selectFirst("body > p").text());
  }

  @Test
  void questionsAfterATabGroupAreCutAsUsual() {
    RenderedPage page =
        render(
            "## One {#1}\n\n=== \"A\"\n    first\n\n## Two {#2}\n\n=== \"B\"\n    second\n",
            "alpha");
    assertEquals(2, page.questions().size());
    // The label twice: once on its tab, once as the panel's caption for readers without script.
    assertEquals("A A first", page.questions().get(0).answerText());
    assertEquals(
        "tabs-2-1",
        Jsoup.parse(page.questions().get(1).answerHtml()).select("[role=tabpanel]").attr("id"));
  }

  @Test
  void brandValuesAndBlocksResolveInsideTabs() {
    String body =
        "## Q {#1}\n\n=== \"Python\"\n\n    ```python\n    from {{python.package}} import *\n"
            + "    ```\n\n    {% brand beta %}\n    Beta only.\n    {% endbrand %}\n";
    Element alpha =
        Jsoup.parse(render(body, "alpha").questions().get(0).answerHtml()).selectFirst(".tabs");
    Element beta =
        Jsoup.parse(render(body, "beta").questions().get(0).answerHtml()).selectFirst(".tabs");
    assertEquals("from alphapkg import *", alpha.selectFirst("pre").text());
    assertEquals("from betapkg import *", beta.selectFirst("pre").text());
    assertEquals(List.of(), alpha.select("[role=tabpanel] > p:not(.tabs-caption)").eachText());
    assertEquals(
        List.of("Beta only."), beta.select("[role=tabpanel] > p:not(.tabs-caption)").eachText());
  }

  @Test
  void labelsAreTextAndTheirKeysNameTheLanguageAlike() {
    String body =
        "=== \"<b>C++</b>\"\n    a\n\n=== \"Objective C\"\n    b\n\n=== \"命令行\"\n    c\n\n"
            + "=== \"!?\"\n    d\n\n=== \" JavaScript \"\n    e\n";
    String html = answer(body);
    assertTrue(html.contains(">&lt;b&gt;C++&lt;/b&gt;</button>"), html);
    Document doc = Jsoup.parse(html);
    assertEquals(
        List.of("b-cpp-b", "objective-c", "命令行", "tab", "javascript"),
        doc.select("[role=tab]").eachAttr("data-tab"));
    assertEquals(
        doc.select("[role=tab]").eachAttr("data-tab"),
        doc.select("[role=tabpanel]").eachAttr("data-tab"));
    assertEquals("JavaScript", doc.select("[role=tab]").get(4).text());
  }

  @Test
  void theTabListIsNamedInThePagesLanguage() {
    renderer =
        new MarkdownRenderer(new MarkdownWords(MarkdownWords.ENGLISH.calloutTitles(), "代码语言"));
    Element list = Jsoup.parse(answer("=== \"A\"\n    a\n")).selectFirst("[role=tablist]");
    assertEquals("代码语言", list.attr("aria-label"));
  }

  @Test
  void anEmptyLabelATooLongOneAndATabWithoutContentAreErrorsAtTheirLines() {
    List<Diagnostic> found =
        failures(
            "=== \"\"\n    a\n\n=== \""
                + "x".repeat(41)
                + "\"\n    b\n\n=== \"Java\"\n\nNot indented.\n\n=== \""
                + "y".repeat(40)
                + "\"\n    fine\n");
    assertEquals(
        List.of(
            (BODY + 2) + ": code tab has no label",
            (BODY + 5) + ": code tab label is longer than 40 characters",
            (BODY + 8) + ": code tab \"Java\" has no content"),
        found.stream().map(d -> d.where().line() + ": " + d.message()).toList());
    assertTrue(found.get(0).where().file().endsWith("faq/a.md"));
    assertEquals("indent the tab's content by 4 spaces under its === line", found.get(2).hint());
  }

  @Test
  void aTabLineMustQuoteItsLabel() {
    Document html = Jsoup.parse(answer("=== Python\n    a\n"));
    assertEquals(0, html.select(".tabs").size());
  }

  @Test
  void collapsibleBlocksAreDetailsInTheCalloutStyle() {
    Document html =
        Jsoup.parse(
            answer(
                "??? note \"More <i>\"\n    Hidden.\n\n???+ warning\n    Shown.\n\n!!! tip\n    Tip.\n"));
    List<Element> details = html.select("details");
    assertEquals(
        List.of("callout callout-note", "callout callout-warning"),
        details.stream().map(Element::className).toList());
    assertEquals(List.of(false, true), details.stream().map(d -> d.hasAttr("open")).toList());
    assertEquals(
        List.of("More <i>", "Warning"), html.select("details > summary.callout-title").eachText());
    assertEquals("Hidden.", details.get(0).selectFirst("p").text());
    assertEquals(1, html.select("aside.callout-tip").size());
    renderer =
        new MarkdownRenderer(
            new MarkdownWords(
                Map.of("tip", "提示", "note", "注意", "warning", "警告", "danger", "危险"), "代码语言"));
    assertEquals("提示", Jsoup.parse(answer("??? tip\n    x\n")).selectFirst("summary").text());
  }
}
