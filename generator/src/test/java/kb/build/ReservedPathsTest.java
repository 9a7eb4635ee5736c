package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kb.TestContent;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.ExitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content that would take a path kb writes into every site itself (issue 23) is one error naming
 * the content file and what kb writes there, before anything is built.
 */
class ReservedPathsTest {

  @TempDir Path dir;

  private TestContent content;
  private final Path templates = TestContent.repoRoot().resolve("templates");

  @BeforeEach
  void writeContent() {
    content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nYes.\n"));
  }

  private List<Diagnostic> failures() {
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class,
            () -> new SiteBuild().run(content.options(dir.resolve("out"), "all")));
    assertEquals(ExitCode.INPUT_ERROR, e.exitCode());
    return e.diagnostics();
  }

  private Diagnostic onlyFailure() {
    List<Diagnostic> problems = failures();
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  @Test
  void pageNamed404IsAnErrorSayingKbWritesThatPage() {
    content.write("404.md", TestContent.page("Gone", "Gone", 2, "## Q2? {#2}\n\nNo.\n"));
    Diagnostic d = onlyFailure();
    assertEquals(content.root().resolve("404.md"), d.where().file());
    assertEquals(
        "page would be written to 404.html, which kb writes itself: the page for missing URLs,"
            + " from "
            + templates.resolve("not-found.mustache"),
        d.message());
    assertEquals("rename the page", d.hint());
  }

  @Test
  void pageNamedIndexIsAnErrorRatherThanReplacingTheHomePage() {
    content.write("index.md", TestContent.page("Home", "Home", 2, "## Q2? {#2}\n\nNo.\n"));
    Diagnostic d = onlyFailure();
    assertEquals(content.root().resolve("index.md"), d.where().file());
    assertTrue(d.message().endsWith("the home page, from " + templates.resolve("home.mustache")));
  }

  @Test
  void fileNamedFaviconIsAnErrorSayingKbWritesTheIcon() {
    content.write("favicon.svg", "<svg/>");
    Diagnostic d = onlyFailure();
    assertEquals(content.root().resolve("favicon.svg"), d.where().file());
    assertEquals(
        "kb writes favicon.svg into every site itself: the brand's icon, from "
            + templates.resolve("favicon.svg.mustache"),
        d.message());
    assertEquals("rename or move this file", d.hint());
  }

  @Test
  void brandOverrideOfAReservedPathIsAnErrorToo() {
    content.write("brands/beta/favicon.svg", "<svg/>");
    assertEquals(content.root().resolve("brands/beta/favicon.svg"), onlyFailure().where().file());
  }

  @Test
  void crawlerFilesTemplateAssetsAndSearchDataAreReserved() {
    content.write("robots.txt", "User-agent: *\n");
    content.write("sitemap.xml", "<urlset/>");
    content.write("assets/kb.css", "body{}");
    content.write("search/w-1.js", "x");
    List<String> messages = failures().stream().map(Diagnostic::message).toList();
    assertEquals(
        List.of(
            "kb writes assets/kb.css into every site itself: a copy of "
                + templates.resolve("assets/kb.css"),
            "kb writes robots.txt into every site itself: the rules for crawlers",
            "kb writes search/w-1.js into every site itself: the search data",
            "kb writes sitemap.xml into every site itself: the sitemap"),
        messages);
  }

  @Test
  void pagesInFoldersOfTheSameNamesAreFine() {
    content.write("search/how.md", TestContent.page("How", "How", 2, "## Q2? {#2}\n\nNo.\n"));
    content.write("faq/index.md", TestContent.page("Idx", "Idx", 3, "## Q3? {#3}\n\nNo.\n"));
    content.write("images/favicon.svg", "<svg/>");
    assertEquals(2, new SiteBuild().run(content.options(dir.resolve("out"), "all")).size());
  }

  @Test
  void aFolderNamedForAContentLanguageIsAnErrorSayingKbWritesThatSiteThere() {
    content.write("languages.yml", "source: en\ntranslations: [zh-CN]\n");
    content.write("zh-CN/a.md", TestContent.page("Z", "Z", 2, "## Q2? {#2}\n\nNo.\n"));
    Diagnostic d = onlyFailure();
    assertEquals(content.root().resolve("zh-CN/a.md"), d.where().file());
    assertEquals(
        "page would be written to zh-CN/a.html, which kb writes itself: the folder of the site in"
            + " zh-CN (content/languages.yml)",
        d.message());
  }
}
