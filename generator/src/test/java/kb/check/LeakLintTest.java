package kb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.TestContent;
import kb.build.BuildOptions;
import kb.build.SiteBuild;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leak lint reads what a reader sees: text split by highlighting, hidden by invisible
 * characters, percent-escapes, character references or full-width letters, text in SVG images and
 * template assets, and search data, each reported where it comes from; and every brand forbids the
 * other brand's name as a whole word.
 */
class LeakLintTest {

  @TempDir Path dir;

  private TestContent content;

  @BeforeEach
  void writeBrands() {
    content = TestContent.twoBrands(dir);
    content.write(
        "brands/beta.yml",
        TestContent.brand("beta", "Beta", "betapkg", "#445566")
            + "lint:\n"
            + "  forbidden_terms: [\"from alphapkg import\", AlphaOpenD]\n"
            + "  allowed_mentions: [\"formerly Alpha\"]\n");
  }

  private Path page(String body) {
    content.write("faq/a.md", TestContent.page("A", "A", 1, body));
    return content.root().resolve("faq/a.md");
  }

  private List<Diagnostic> problems(Path templates) {
    BuildOptions options = new BuildOptions(content.root(), templates, dir.resolve("out"), "all");
    return assertThrows(BuildFailedException.class, () -> new SiteBuild().run(options))
        .diagnostics();
  }

  private List<Diagnostic> problems() {
    return problems(TestContent.repoRoot().resolve("templates"));
  }

  private static List<String> lines(List<Diagnostic> problems) {
    return problems.stream().map(d -> d.where() + ": " + d.message()).toList();
  }

  private static String leak(Path file, int line, int column, String term) {
    return file
        + ":"
        + line
        + ":"
        + column
        + ": '"
        + term
        + "' belongs to another brand but shows in brand beta";
  }

  @Test
  void aTermSplitByCodeHighlightingIsReportedAtItsSourceLine() {
    Path page = page("## Q {#1}\n\n```python\nfrom alphapkg import *\n```\n");
    List<Diagnostic> problems = problems();
    assertEquals(List.of(leak(page, 9, 1, "from alphapkg import")), lines(problems));
    assertTrue(problems.get(0).hint().contains("brand block"), problems.get(0).hint());
  }

  @Test
  void invisibleCharactersFullWidthLettersAndReferencesHideNoTerm() {
    Path page =
        page(
            "## Q {#1}\n\nRun Alpha\u00adOpenD.\n\n"
                + "## R {#2}\n\nOr Alpha\u200bOpen\u2060D.\n\n"
                + "## S {#3}\n\nOr \uff21\uff4c\uff50\uff48\uff41\uff2f\uff50\uff45\uff4e\uff24.\n\n"
                + "## T {#4}\n\nOr Alpha&#79;penD.\n");
    assertEquals(
        List.of(
            leak(page, 8, 5, "alphaopend"),
            leak(page, 12, 4, "alphaopend"),
            leak(page, 16, 4, "alphaopend"),
            leak(page, 18, 1, "alphaopend")),
        lines(problems()));
  }

  @Test
  void percentEscapesInALinkHideNoTerm() {
    Path page =
        page(
            "## Q {#1}\n\n[Get it](https://www.%61lpha.example/x)\n\n"
                + "## R {#2}\n\nSee <https://example.com/%41lpha%4fpenD>.\n");
    assertEquals(
        List.of(
            leak(page, 8, 22, "alpha"),
            leak(page, 8, 22, "alpha.example"),
            leak(page, 12, 26, "alphaopend")),
        lines(problems()));
  }

  @Test
  void aTermInAnHtmlTablesCellIsALeakAtItsLine() {
    Path page =
        page(
            "## Q {#1}\n\n<table>\n<tr><th>Tool</th></tr>\n"
                + "<tr><td><ul><li>Start AlphaOpenD first</li></ul></td></tr>\n</table>\n\n"
                + "## R {#2}\n\n<table>\n<tr><td>Alpha<b>OpenD</b></td></tr>\n</table>\n");
    // Split by a tag, the term is not found in the source: it is reported at its question.
    assertEquals(
        List.of(leak(page, 10, 23, "alphaopend"), leak(page, 13, 1, "alphaopend")),
        lines(problems()));
  }

  @Test
  void theOtherBrandsNameIsForbiddenAsAWholeWordOnly() {
    Path page =
        page(
            "## Q {#1}\n\nAsk Alpha customer service.\n\n"
                + "## R {#2}\n\nAlphabets, alphanumeric and ours, formerly Alpha, are fine.\n");
    List<Diagnostic> problems = problems();
    assertEquals(List.of(leak(page, 8, 5, "alpha")), lines(problems));
  }

  @Test
  void eachBrandForbidsTheOthersNameAndAppName() {
    Path page = page("## Q {#1}\n\nOpen BetaApp, the Beta app.\n");
    List<String> problems = lines(problems());
    assertEquals(
        List.of(
            page + ":8:6: 'betaapp' belongs to another brand but shows in brand alpha",
            page + ":8:19: 'beta' belongs to another brand but shows in brand alpha"),
        problems);
  }

  @Test
  void textInASharedSvgImageIsALeakAtItsLine() {
    content.write(
        "images/flow.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <text x=\"1\">Start AlphaOpenD</text>\n</svg>\n");
    content.write(
        "images/split.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Alpha<tspan>OpenD</tspan></text></svg>\n");
    page("## Q {#1}\n\n![Flow](../images/flow.svg)\n\n![Split](../images/split.svg)\n");
    Path flow = content.root().resolve("images/flow.svg");
    List<Diagnostic> problems = problems();
    assertEquals(
        List.of(
            leak(flow, 2, 21, "alphaopend"),
            content.root().resolve("images/split.svg")
                + ": 'alphaopend' belongs to another brand but shows in brand beta"),
        lines(problems));
    assertTrue(
        problems.get(0).hint().contains("brands/beta/images/flow.svg"), problems.get(0).hint());
  }

  @Test
  void aBrandsOwnCopyOfAnSvgImageEndsTheLeak() throws IOException {
    content.write(
        "images/flow.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>AlphaOpenD</text></svg>\n");
    content.write(
        "brands/beta/images/flow.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>OpenD</text></svg>\n");
    page("## Q {#1}\n\n![Flow](../images/flow.svg)\n");
    new SiteBuild().run(content.options(dir.resolve("out"), "all"));
    assertTrue(Files.readString(dir.resolve("out/alpha/images/flow.svg")).contains("AlphaOpenD"));
  }

  @Test
  void aTemplateAssetAndAReferenceInATemplateAreLeaksOfTheirFiles() throws IOException {
    page("## Q {#1}\n\nFine.\n");
    Path templates = SiteCheckerTest.copyTemplates(dir);
    Files.writeString(
        templates.resolve("assets/extra.css"), "/* theme */\n.x{content:\"AlphaOpenD\"}\n");
    Files.writeString(
        templates.resolve("partials/footer.mustache"), "<footer>Alpha&#x4f;penD</footer>\n");
    assertEquals(
        List.of(
            templates.resolve("assets/extra.css")
                + ":2:13: 'alphaopend' belongs to another brand but shows in brand beta",
            Path.of("beta", "index.html")
                + ": 'alphaopend' belongs to another brand but shows in brand beta"),
        lines(problems(templates)));
  }

  @Test
  void aSearchSnippetEndingInsideAWordIsReportedAtItsQuestion() {
    // The answer's start kept for result snippets is cut after 480 characters, here after "Alpha".
    Path page = page("## Q {#1}\n\nIntro " + "z".repeat(468) + "-Alphabet soup.\n");
    List<Diagnostic> problems = problems();
    assertEquals(List.of(leak(page, 6, 1, "alpha")), lines(problems));
    assertFalse(problems.get(0).where().toString().contains("search"));
  }
}
