package kb.importer;

import static kb.importer.ImportWorkspace.page;
import static kb.importer.ImportWorkspace.question;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing of an export is lost silently: links, code and its line numbers, language tabs, tables,
 * callouts, images and the page's navigation each become kb's own construct or a report line, in
 * English and Chinese.
 */
class ConstructsImportTest {

  @TempDir Path dir;

  private ImportWorkspace workspace;

  @BeforeEach
  void content() {
    workspace = new ImportWorkspace(dir);
  }

  private String imported(String questions) {
    workspace.run(workspace.export("a.md", page("Page", questions)));
    return workspace.written("faq/t.md");
  }

  @Test
  void linksBetweenExportedPagesBecomeKbLinksOrDocSiteLinks() {
    Path first =
        workspace.export(
            "qa_one.md",
            "# [#](./qa_one.md#1) One\n\n## [#](./qa_one.md#10) Q1: First\n\n"
                + "A: See [the command](./opend_opend-cmd.md#8799),\n"
                + "<a href=\"../ftapi/common.html#8800\">common</a>, [below](./qa_one.md#11)"
                + " and [two](./qa_two.md#20).\n\n"
                + "## [#](./qa_one.md#11) Q2: Second\n\nA: Two.\n");
    Path second =
        workspace.export(
            "qa_two.md", "# [#](./qa_two.md#2) Two\n\n## [#](./qa_two.md#20) Q1: Other\n\nA: x\n");
    PageImport.Result result = workspace.run(null, null, List.of(first, second));
    assertEquals(
        List.of("qa/one.md", "qa/two.md"),
        result.pages().stream().map(PageImport.Imported::page).toList());
    assertTrue(
        workspace
            .written("qa/one.md")
            .contains(
                "A: See [the command](/futu-api-doc/en/opend/opend-cmd.html#8799),\n"
                    + "[common](/futu-api-doc/en/ftapi/common.html#8800), [below](#11) and"
                    + " [two](two.md#20)."),
        workspace.written("qa/one.md"));
    assertEquals(List.of(), result.report().checks(), "every link resolves");
  }

  @Test
  void codeLosesTheLineNumbersTheExportPrintedAfterIt() {
    String page =
        imported(
            question("10", "Run")
                + "\nA: Run:\n\n\n\n``` python\nimport a\nprint(a)\n```\n\n\n\n1\n2\n\n\n"
                + "Then wait.\n\n``` text\nnohup ./x &\n```\n\n1 \n");
    assertTrue(
        page.contains(
            "A: Run:\n\n```python\nimport a\nprint(a)\n```\n\nThen wait.\n\n"
                + "```text\nnohup ./x &\n```\n"),
        page);
  }

  @Test
  void codeBlocksInSeveralLanguagesBecomeContentTabs() {
    String page =
        imported(
            question("10", "Call")
                + "\nA: Call it:\n\nPython\nJava\n\n``` python\nq = ctx()\n\nq.close()\n```\n\n"
                + "1\n2\n3\n\n``` java\nCtx q = new Ctx();\n```\n\n1\n");
    assertTrue(
        page.contains(
            "A: Call it:\n\n=== \"Python\"\n    ```python\n    q = ctx()\n\n    q.close()\n    ```\n\n"
                + "=== \"Java\"\n    ```java\n    Ctx q = new Ctx();\n    ```\n"),
        page);
  }

  @Test
  void tabLabelsExportedAsAListAreTheTabsNames() {
    String page =
        imported(
            question("10", "Call")
                + "\nA: Call it:\n\n- Python 3\n- Go\n\n``` python\nq()\n```\n\n``` go\nq()\n```\n");
    assertTrue(
        page.contains(
            "A: Call it:\n\n=== \"Python 3\"\n    ```python\n    q()\n    ```\n\n"
                + "=== \"Go\"\n    ```go\n    q()\n    ```\n"),
        page);
  }

  @Test
  void codeTabsWithoutLabelsAreNamedAfterTheirLanguage() {
    String page =
        imported(
            question("10", "调用") + "\nA：调用：\n\n``` cpp\nint a;\n```\n\n``` csharp\nint b;\n```\n");
    assertTrue(page.contains("=== \"C++\"\n    ```cpp\n"), page);
    assertTrue(page.contains("=== \"C#\"\n    ```csharp\n"), page);
  }

  @Test
  void htmlTablesBecomePipeTablesOrTheSafeTableSubsetKeepingCellLists() {
    String page =
        imported(
            question("10", "Limits")
                + "\nA: Limits:\n\n<table>\n<tr><th>市场</th><th>Limit</th></tr>\n"
                + "<tr><td>港股</td><td><code>10</code> per <b>30 s</b></td></tr>\n</table>\n\n"
                + "And:\n\n<table><tr><th>Item</th><th>Notes</th></tr>\n<tr><td>A</td>"
                + "<td><ul><li>one</li><li><a href=\"./qa_other.md#5\">two</a></li></ul></td>"
                + "<td onclick=\"x()\"><script>x()</script>c</td></tr></table>\n");
    assertTrue(page.contains("| 市场 | Limit |\n| --- | --- |\n| 港股 | `10` per **30 s** |\n"), page);
    assertTrue(page.contains("<table>"), page);
    assertTrue(page.contains("<li>one</li>"), page);
    assertTrue(page.contains("<a href=\"/futu-api-doc/en/qa/other.html#5\">two</a>"), page);
    assertFalse(page.contains("script"), page);
    assertFalse(page.contains("onclick"), page);
  }

  @Test
  void tipsAndWarningsBecomeCallouts() {
    String page =
        imported(
            question("10", "Tip")
                + "\nA: Do it.\n\n\n\nTips\n\n- one\n- two\n\n\n\n"
                + question("11", "提示")
                + "\nA：做。\n\n\n\n提示\n\n第一段\n\n第二段\n\n\n\nWarning\n\nDo not.\n\n\n"
                + question("12", "Container")
                + "\nA: x\n\n::: danger Careful\nIt burns.\n:::\n");
    assertTrue(page.contains("A: Do it.\n\n!!! tip \"Tips\"\n    - one\n    - two\n"), page);
    assertTrue(
        page.contains(
            "A：做。\n\n!!! tip \"提示\"\n    第一段\n\n    第二段\n\n"
                + "!!! warning \"Warning\"\n    Do not.\n"),
        page);
    assertTrue(page.contains("!!! danger \"Careful\"\n    It burns.\n"), page);
  }

  @Test
  void remoteAndRemovedImagesGoOnTheListAndEmbeddedOnesAreWritten() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    Path export =
        workspace.export(
            "a.md",
            page(
                "Page",
                question("10", "Pictures")
                    + "\nA: Look:\n\n![quote-kick](data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(png)
                    + ")\n\n![en-folder](/futu-api-doc/assets/img/en-folder.086dc7c1.png)\n\n"
                    + "<img src=\"https://example.com/a/pic.jpg\" alt=\"截图\">\n\n"
                    + "<img alt=\"gone\">\n"));
    PageImport.Result result = workspace.run(export);
    String page = workspace.written("faq/t.md");
    assertTrue(page.contains("![quote-kick](../images/quote-kick.png)"), page);
    assertArrayEquals(
        png, Files.readAllBytes(workspace.content().resolve("images/quote-kick.png")));
    assertTrue(page.contains("![en-folder](../images/en-folder.png)"), page);
    assertTrue(page.contains("![截图](../images/pic.jpg)"), page);
    assertTrue(page.contains("![gone](../images/gone.png)"), page);
    assertEquals(
        List.of(
            "images/en-folder.png  <- https://openapi.futunn.com/futu-api-doc/assets/img/en-folder"
                + ".086dc7c1.png  ("
                + export
                + ":11)",
            "images/pic.jpg  <- https://example.com/a/pic.jpg  (" + export + ":13)",
            "images/gone.png  <- (removed from the export: find the original)  ("
                + export
                + ":15)"),
        result.report().images().stream().map(ImportReport.Image::format).toList());
    assertTrue(
        result.report().checks().stream().noneMatch(d -> d.message().contains("image")),
        "images on the list are not reported twice: " + result.report().checks());
  }

  @Test
  void thePagesNavigationAndListOfQuestionsAreLeftOut() {
    String page =
        imported(
            question("10", "Q1: First")
                + "\nA: One.\n\n"
                + question("11", "Q2: Last")
                + "\nA: Two.\n\n"
                + "[← Previous](./qa_a.md) [Next →](./qa_c.md)\n\n"
                + "- [Q1: First](#10)\n- [Q2: Last](#11)\n");
    assertTrue(page.endsWith("## Last {#11}\n\nA: Two.\n"), page);
  }

  @Test
  void htmlKbHasNoFormForIsReportedAndItsTextKept() {
    Path export =
        workspace.export(
            "a.md",
            page("Page", question("10", "Odd") + "\nA: A <span class=\"x\">red</span> word.\n"));
    PageImport.Result result = workspace.run(export);
    assertTrue(workspace.written("faq/t.md").contains("A: A red word."));
    assertEquals(
        List.of(
            export + ":7: HTML <span>, which kb has no form for; kept its text without the tag"),
        ImportWorkspace.entries(result));
  }

  @Test
  void scriptsOfTheExportAreLeftOutAndReported() {
    Path export =
        workspace.export(
            "a.md",
            page("Page", question("10", "Odd") + "\nA: Safe <script>alert(1)</script>text.\n"));
    PageImport.Result result = workspace.run(export);
    assertTrue(
        workspace.written("faq/t.md").contains("A: Safe text."), workspace.written("faq/t.md"));
    assertEquals(
        List.of(export + ":7: HTML <script>, which kb has no form for; left it out"),
        ImportWorkspace.entries(result));
  }
}
