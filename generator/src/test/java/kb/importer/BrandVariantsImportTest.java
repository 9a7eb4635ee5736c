package kb.importer;

import static kb.importer.ImportWorkspace.GAP;
import static kb.importer.ImportWorkspace.page;
import static kb.importer.ImportWorkspace.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kb.diagnostic.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Brand variants of an answer become one source: variables where they differ in brand values, brand
 * blocks around the smallest unit that differs otherwise, one text where they are the same; which
 * variant is which brand's comes from the brand files, in English and Chinese.
 */
class BrandVariantsImportTest {

  @TempDir Path dir;

  private ImportWorkspace workspace;

  @BeforeEach
  void content() {
    workspace = new ImportWorkspace(dir);
  }

  private static String twoVariants(String id, String heading, String futu, String moomoo) {
    return question(id, heading) + GAP + futu + GAP + moomoo + GAP;
  }

  @Test
  void variantsDifferingInBrandValuesAreWrittenOnceWithVariables() {
    Path export =
        workspace.export(
            "a.md",
            page(
                "Data",
                twoVariants(
                    "10",
                    "Q1: Where is the log?",
                    "A: In `%appdata%/com.futunn.FutuOpenD/Log`, see\n"
                        + "<a href=\"https://www.futunn.com/download/OpenAPI?lang=en-US\"\n"
                        + "target=\"_blank\">the download</a> of Futubull.",
                    "A: In `%appdata%/com.moomoo.OpenD/Log`, see\n"
                        + "<a href=\"https://www.moomoo.com/download/OpenAPI\"\n"
                        + "target=\"_blank\">the download</a> of moomoo.")));
    PageImport.Result result = workspace.run(export);
    String page = workspace.written("faq/t.md");
    assertTrue(
        page.contains(
            "## Where is the log? {#10}\n\nA: In `{{data_dir.windows}}/Log`, see\n"
                + "[the download]({{links.openapi_download}}) of {{app_name}}.\n"),
        page);
    assertFalse(page.contains("{% brand"), page);
    assertTrue(result.report().isEmpty(), String.join("\n", result.report().lines()));
    assertEquals(1, result.pages().get(0).unified());
  }

  @Test
  void whichVariantIsWhichBrandsComesFromTheBrandFilesNotTheOrder() {
    Path export =
        workspace.export(
            "a.md",
            page(
                "Data",
                twoVariants(
                    "10",
                    "Where?",
                    "A: Run `~/.com.moomoo.OpenD/OpenD.xml` in moomoo.",
                    "A: Run `~/.com.futunn.FutuOpenD/FutuOpenD.xml` in Futubull.")));
    workspace.run(export);
    assertTrue(
        workspace
            .written("faq/t.md")
            .contains("A: Run `{{data_dir.unix}}/{{opend.config_file}}` in {{app_name}}."),
        workspace.written("faq/t.md"));
  }

  @Test
  void variantsNoBrandValueTellsApartAreReportedAndTakenInTheExportsOrder() {
    Path export =
        workspace.export(
            "a.md",
            page("Data", twoVariants("10", "Call", "A: Call 1234 now.", "A: Call 5678 now.")));
    PageImport.Result result = workspace.run(export);
    String page = workspace.written("faq/t.md");
    assertTrue(
        page.contains(
            "{% brand futu %}\nA: Call 1234 now.\n{% endbrand %}\n"
                + "{% brand moomoo %}\nA: Call 5678 now.\n{% endbrand %}"),
        page);
    List<String> entries = ImportWorkspace.entries(result);
    assertTrue(
        entries.get(0).startsWith(export + ":12: cannot tell from the brand files which variant"),
        entries.toString());
    assertTrue(entries.get(0).endsWith("took the export's order: Futu first"), entries.toString());
    assertTrue(entries.get(1).contains("differ in '1234' / '5678'"), entries.toString());
  }

  @Test
  void aBrandBlockHoldsOnlyTheListItemThatDiffers() {
    String futu =
        "A: Steps:\n\n1.  Open it.\n2.  Ask the Futu desk, `com.futunn.x`.\n3.  Close it.";
    String moomoo =
        "A: Steps:\n\n1.  Open it.\n2.  Write to us at the moomoo forum.\n3.  Close it.";
    Path export = workspace.export("a.md", page("Data", twoVariants("10", "Steps", futu, moomoo)));
    PageImport.Result result = workspace.run(export);
    String page = workspace.written("faq/t.md");
    assertTrue(
        page.contains(
            "A: Steps:\n\n1.  Open it.\n{% brand futu %}\n2.  Ask the Futu desk, `com.futunn.x`.\n"
                + "{% endbrand %}\n{% brand moomoo %}\n2.  Write to us at the moomoo forum.\n"
                + "{% endbrand %}\n3.  Close it.\n"),
        page);
    assertEquals(List.of(), result.report().checks(), "the page builds for both brands");
  }

  @Test
  void aSameWordingWithAnotherFactIsReportedAtItsLine() {
    Path export =
        workspace.export(
            "a.md",
            page(
                "Data",
                twoVariants(
                    "10",
                    "Device",
                    "A: It is in \\com.futunn.OpenD\\Device.dat, a file.",
                    "A: It is in \\com.moomoo.OpenD\\Device.dat, a file.")));
    PageImport.Result result = workspace.run(export);
    assertEquals(
        List.of(
            export
                + ":12: the brands' variants differ in 'futunn' / 'moomoo' (lines 12 and 18),"
                + " which no brand value holds; kept each brand's text in a brand block; add the"
                + " value to the brand files to write it once"),
        ImportWorkspace.entries(result));
  }

  @Test
  void identicalVariantsAreWrittenOnce() {
    Path export =
        workspace.export(
            "a.md",
            page("Data", twoVariants("10", "Same", "A: Restart OpenD.", "A:  Restart\nOpenD.")));
    workspace.run(export);
    String page = workspace.written("faq/t.md");
    assertTrue(page.contains("{#10}\n\nA: Restart OpenD.\n"), page);
    assertFalse(page.contains("{% brand"), page);
  }

  @Test
  void chineseVariantsAreWrittenOnceWithTheLanguagesBrandValues() {
    workspace.run(
        workspace.export(
            "en.md", page("Data", question("10", "Q1: Which app?") + "\nA: Open {{x}}.\n")));
    Path export =
        workspace.export(
            "zh.md",
            page("数据", twoVariants("10", "Q1：用哪个应用？", "A：请打开富途牛牛，再登录。", "A：请打开 moomoo，再登录。")));
    PageImport.Result result = workspace.run("zh-CN", "faq/t.md", List.of(export));
    String page = workspace.written("faq/t.zh-CN.md");
    assertTrue(page.contains("## 用哪个应用？ {#10}\n\nA：请打开{{app_name}}，再登录。"), page);
    assertEquals("faq/t.zh-CN.md", result.pages().get(0).page());
    assertTrue(
        workspace.written("faq/t.md").contains("A: Open {{ \"{{\" }}x}}."),
        "braces of the export are written literally");
  }

  @Test
  void chineseBrandNamesBecomeAVariable() {
    workspace.run(
        workspace.export("en.md", page("Data", question("10", "Which app?") + "\nA: Open it.\n")));
    Path export =
        workspace.export(
            "zh.md", page("数据", twoVariants("10", "用哪个应用？", "A：请打开富途牛牛的设置。", "A：请打开moomoo的设置。")));
    workspace.run("zh-CN", "faq/t.md", List.of(export));
    assertTrue(
        workspace.written("faq/t.zh-CN.md").contains("A：请打开{{app_name}}的设置。"),
        workspace.written("faq/t.zh-CN.md"));
  }

  @Test
  void otherBrandsTermsInSharedTextAreReportedByTheLeakLint() {
    Path export =
        workspace.export(
            "a.md",
            page("Data", question("10", "Where?") + "\nA: Download it from www.futunn.com.\n"));
    PageImport.Result result = workspace.run(export);
    List<String> leaks =
        result.report().checks().stream()
            .filter(d -> d.message().contains("belongs to another brand"))
            .map(Diagnostic::format)
            .toList();
    assertTrue(
        leaks.stream()
            .anyMatch(
                l ->
                    l.startsWith(workspace.content().resolve("faq/t.md") + ":10:")
                        && l.contains("'futunn' belongs to another brand but shows in brand moomoo")
                        && l.contains("(question at " + export + ":5)")),
        String.join("\n", leaks));
    assertFalse(result.report().isEmpty());
  }

  @Test
  void headingsOfTheSameQuestionPerBrandBecomeOneQuestionWithAnAlias() {
    Path export =
        workspace.export(
            "qa_demo.md",
            "# [#](./qa_demo.md#1) Demo\n\n"
                + "## [#](./qa_demo.md#7890) Q1: Log in to Futubull\n\nA: Use Futubull.\n\n"
                + "## [#](./qa_demo.md#7890-2) Q1: Log in to moomoo\n\nA: Use moomoo.\n\n"
                + "## [#](./qa_demo.md#661) Q2: Second\n\nA: Two.\n");
    PageImport.Result result = workspace.run(null, null, List.of(export));
    assertEquals("qa/demo.md", result.pages().get(0).page());
    String page = workspace.written("qa/demo.md");
    assertTrue(
        page.contains(
            "## Log in to {{app_name}} {#7890 aliases=7890-2}\n\nA: Use {{app_name}}.\n\n"
                + "## Second {#661}\n"),
        page);
    assertTrue(page.contains("doc_path: en/qa/demo.html\n"), page);
    assertEquals(List.of(), result.report().checks());
  }

  @Test
  void aPageExportedOncePerBrandIsOnePageWhicheverFileComesFirst() {
    Path moomoo =
        workspace.export(
            "moomoo.md",
            "# [#](./qa_pair.md#1) Pair\n\n## [#](./qa_pair.md#10) Q1: Install\n\n"
                + "A: Run `pip install moomoo-api` for moomoo.\n\n"
                + "## [#](./qa_pair.md#11) Q2: Same\n\nA: Nothing differs.\n");
    Path futu =
        workspace.export(
            "futu.md",
            "# [#](./qa_pair.md#1) Pair\n\n## [#](./qa_pair.md#10) Q1: Install\n\n"
                + "A: Run `pip install futu-api` for Futubull.\n\n"
                + "## [#](./qa_pair.md#11) Q2: Same\n\nA: Nothing differs.\n");
    PageImport.Result result = workspace.run(null, null, List.of(moomoo, futu));
    assertEquals(1, result.pages().size());
    String page = workspace.written("qa/pair.md");
    assertTrue(
        page.contains(
            "## Install {#10}\n\nA: Run `pip install {{sdk.pip_package}}` for {{app_name}}.\n\n"
                + "## Same {#11}\n\nA: Nothing differs.\n"),
        page);
    assertEquals(List.of(), ImportWorkspace.entries(result));
  }
}
