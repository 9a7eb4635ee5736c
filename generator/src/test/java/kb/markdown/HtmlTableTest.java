package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kb.RenderedPages;
import kb.TestContent;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.brand.BrandResolver;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTML tables of the safe subset render as tables, written anew by kb, their links resolved like
 * Markdown links; a table block outside the subset is an error at its line; other raw HTML stays
 * text; {@code <br>} breaks a line in a Markdown table's cell. Front matter is 5 lines, so the
 * body's first line is line 6 of the file.
 */
class HtmlTableTest {

  @TempDir Path dir;

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private TestContent content(String body) {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, body));
    return content;
  }

  private Question render(String body) {
    TestContent content = content(body);
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    Brand brand = brands.select("alpha").get(0);
    return RenderedPages.of(renderer, set, brands, brand).get(0).questions().get(0);
  }

  private List<Diagnostic> failures(String body) {
    return assertThrows(BuildFailedException.class, () -> render(body)).diagnostics();
  }

  /** The page rendered without its links resolved, and the problems the render stage found. */
  private String renderedDespite(String body, Diagnostics problems) {
    TestContent content = content(body);
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    Brand brand = brands.select("alpha").get(0);
    RenderedPage page =
        renderer
            .render(new BrandResolver(brands.ids()).resolve(set, brand, problems), problems)
            .get(0);
    StringBuilder html = new StringBuilder(page.introHtml());
    page.questions().forEach(q -> html.append(q.titleHtml()).append(q.answerHtml()));
    return html.toString();
  }

  @Test
  void aTableOfTheSubsetRendersWithListsBreaksCodeAndResolvedLinks() {
    Question q =
        render(
            "## Q {#1}\n\n"
                + "<TABLE>\n"
                + "<tr><th>Parameter</th><th rowspan=\"01\">Description</th></tr>\n"
                + "<tr><td><code>qty</code></td><td><p>Either:</p><ul><li>one</li>"
                + "<li>two &amp; <b>more</b></li></ul>line<br>break "
                + "<a href=\"/beta-doc/en/x.html#5\">docs</a> <a href='#1'>here</a></td></tr>\n"
                + "<tr><td colspan=2><pre>a  &lt;b&gt;\n  c</pre></td></tr>\n"
                + "</table>\n");
    Element table = Jsoup.parseBodyFragment(q.answerHtml()).selectFirst("table");
    assertEquals(List.of("Parameter", "Description"), table.select("th").eachText());
    assertEquals("1", table.select("th").get(1).attr("rowspan"));
    assertEquals(List.of("one", "two & more"), table.select("td ul li").eachText());
    assertEquals(1, table.select("td br").size());
    assertEquals("qty", table.selectFirst("td code").text());
    // Resolved per brand, as a Markdown link to the doc site is.
    assertEquals(
        List.of("https://docs.alpha.example/alpha-doc/en/x.html#5", "#1"),
        table.select("a").eachAttr("href"));
    assertEquals("2", table.selectFirst("td[colspan]").attr("colspan"));
    assertEquals("a  <b>\n  c", table.selectFirst("pre").wholeText());
    // Written anew: attributes in kb's own form, no tag the author wrote twice.
    assertTrue(q.answerHtml().contains("<td colspan=\"2\"><pre>a  &lt;b&gt;\n  c</pre></td>"));
    // The cells' text is the question's text, for search and the leak lint.
    assertTrue(
        q.answerText().contains("Either: one two & more line break docs here"), q.answerText());
  }

  @Test
  void aTableOutsideTheSubsetIsAnErrorAtTheLineOfWhatItMayNotHold() {
    String table = "## Q {#1}\n\n<table>\n<tr><td>ok</td></tr>\n<tr>%s</tr>\n</table>\n";
    for (String[] bad :
        new String[][] {
          {"<td><script>alert(1)</script></td>", "<script>"},
          {"<td onclick=\"alert(1)\">x</td>", "<td onclick>"},
          {"<td style=\"color:red\">x</td>", "<td style>"},
          {"<td><div>x</div></td>", "<div>"},
          {"<td><img src=x></td>", "<img>"},
          {"<td colspan=\"two\">x</td>", "<td colspan>"},
          {"<td><a name=\"x\">x</a></td>", "<a name>"},
          {"<td><!-- hidden --></td>", "comment"},
        }) {
      List<Diagnostic> found = failures(table.formatted(bad[0]));
      assertEquals(1, found.size(), bad[0] + ": " + found);
      Diagnostic d = found.get(0);
      assertTrue(d.message().contains(bad[1]), bad[0] + ": " + d.message());
      assertEquals(10, d.where().line(), bad[0]);
      assertTrue(d.hint().contains("Markdown table"), d.hint());
    }
  }

  @Test
  void scriptHandlersAndStylesNeverSurviveInTheHtml() {
    for (String bad :
        List.of(
            "<table><tr><td><script>alert(1)</script></td></tr></table>",
            "<table><tr><td onclick=\"alert(1)\">x</td></tr></table>",
            "<table style=\"x\"><tr><td>x</td></tr></table>",
            "<table><tr><td>x</td></tr></table><script>alert(1)</script>",
            "<div onclick=\"alert(1)\"><table><tr><td>x</td></tr></table></div>")) {
      Diagnostics problems = new Diagnostics();
      String html = renderedDespite("## Q {#1}\n\n" + bad + "\n\nAfter.\n", problems);
      assertFalse(html.contains("<script"), html);
      assertFalse(html.contains("onclick=\""), html);
      assertFalse(html.contains("style=\""), html);
      assertFalse(html.contains("<table"), html);
    }
  }

  @Test
  void aNoncharacterDecodedInACellCannotCutThePage() {
    Question q =
        render(
            "## Q {#1}\n\n<table><tr><td>&#xFDD3 0&#xFDD0 x</td></tr></table>\n\n## R {#2}\n\nr\n");
    assertTrue(q.answerHtml().contains("<td>\uFFFD 0\uFFFD x</td>"), q.answerHtml());
  }

  @Test
  void otherRawHtmlStaysTextWithoutAProblem() {
    Diagnostics problems = new Diagnostics();
    String html =
        renderedDespite(
            "## Q {#1}\n\n<div><table><tr><td>x</td></tr></table></div>\n\n<b>bold</b> too.\n",
            problems);
    assertTrue(problems.isEmpty(), problems.list().toString());
    assertTrue(html.contains("&lt;div&gt;&lt;table&gt;"), html);
    assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt;"), html);
  }

  @Test
  void aJavascriptLinkInATableIsRefusedAtItsLine() {
    List<Diagnostic> found =
        failures(
            "## Q {#1}\n\n<table>\n<tr><td>ok</td></tr>\n"
                + "<tr><td><a href=\" JavaScript:alert(1)\">x</a></td></tr>\n</table>\n");
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().toLowerCase().contains("javascript"), found.toString());
    assertEquals(10, found.get(0).where().line());
  }

  @Test
  void aBlankLineInsideATableIsAnErrorNotHalfATable() {
    List<Diagnostic> found =
        failures(
            "## Q {#1}\n\n<table>\n<tr><td>one</td></tr>\n\n<tr><td>two</td></tr>\n</table>\n");
    assertTrue(found.get(0).message().contains("</table>"), found.toString());
    assertEquals(9, found.get(0).where().line());
  }

  @Test
  void aBreakInAMarkdownTableCellIsALineBreakAndNothingElseIsHtml() {
    Question q =
        render(
            "## Q {#1}\n\n| Parameter | Description |\n|---|---|\n"
                + "| `qty` | one<br>two<BR/>three <b>x</b> <br onclick=\"y\"> |\n\n"
                + "Outside a table <br> stays text.\n");
    Element cell = Jsoup.parseBodyFragment(q.answerHtml()).select("td").get(1);
    assertEquals(2, cell.select("br").size(), q.answerHtml());
    assertTrue(cell.html().contains("&lt;b&gt;x&lt;/b&gt;"), cell.html());
    assertTrue(cell.html().contains("&lt;br onclick"), cell.html());
    assertTrue(q.answerHtml().contains("Outside a table &lt;br&gt; stays text."), q.answerHtml());
  }
}
