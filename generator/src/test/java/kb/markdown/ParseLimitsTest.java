package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import kb.RenderedPages;
import kb.TestContent;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.ExitCode;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages nested hundreds to tens of thousands of levels deep, or holding runs the parser recurses
 * over, fail fast with an input error at the line and column where the limit is crossed, instead of
 * overflowing the stack (issue 23). A hang fails the build through surefire's fork timeout.
 */
class ParseLimitsTest {

  /** The page's body starts on this line of the file. */
  private static final int BODY = 6;

  @TempDir Path dir;

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private List<RenderedPage> render(String body) {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, body));
    content.write("images/p.png", new byte[] {1});
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    Brand brand = brands.select("alpha").get(0);
    return RenderedPages.of(renderer, set, brands, brand);
  }

  private Diagnostic failure(String body) {
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> render(body));
    assertEquals(ExitCode.INPUT_ERROR, e.exitCode(), e.getMessage());
    assertEquals(1, e.diagnostics().size(), e.getMessage());
    return e.diagnostics().get(0);
  }

  private static void assertTooDeep(Diagnostic d, int line, int column) {
    assertEquals("nested more than 32 levels deep", d.message(), d.format());
    assertTrue(d.where().file().endsWith("faq/a.md"), d.format());
    assertEquals(line, d.where().line(), d.format());
    assertEquals(column, d.where().column(), d.format());
  }

  private static String repeat(int times, IntFunction<String> line) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < times; i++) {
      text.append(line.apply(i));
    }
    return text.toString();
  }

  @ParameterizedTest(name = "{0} levels")
  @ValueSource(ints = {500, 1_000, 5_000, 50_000})
  void blockQuotesNestedDeepFailAtTheThirtyThirdMarker(int levels) {
    assertTooDeep(failure("## Q {#1}\n\n" + ">".repeat(levels) + " deep\n"), BODY + 2, 33);
  }

  @ParameterizedTest(name = "{0} levels")
  @ValueSource(ints = {500, 1_000, 5_000, 50_000})
  void listItemsNestedOnOneLineFailAtTheThirtyThirdMarker(int levels) {
    // '+' rather than '-': a line of more than 256 '-' is the thematic break run limit's.
    assertTooDeep(failure("## Q {#1}\n\n" + "+ ".repeat(levels) + "deep\n"), BODY + 2, 65);
    assertTooDeep(failure("## Q {#1}\n\n" + "1. ".repeat(levels) + "deep\n"), BODY + 2, 97);
  }

  @ParameterizedTest(name = "{0} levels")
  @ValueSource(ints = {500, 1_000})
  void listItemsNestedLineByLineFailOnTheThirtyThirdLine(int levels) {
    String list = repeat(levels, i -> "  ".repeat(i) + "- item " + i + "\n");
    assertTooDeep(failure("## Q {#1}\n\n" + list), BODY + 2 + 32, 65);
  }

  @ParameterizedTest(name = "{0} levels")
  @ValueSource(ints = {500, 1_000})
  void calloutsNestedDeepFailOnTheThirtyThirdLine(int levels) {
    String callouts = repeat(levels, i -> "    ".repeat(i) + "!!! tip\n");
    assertTooDeep(failure("## Q {#1}\n\n" + callouts + "    ".repeat(levels) + "x\n"), 40, 129);
  }

  @ParameterizedTest(name = "{0} levels")
  @ValueSource(ints = {500, 1_000})
  void codeTabsNestedDeepFailOnTheThirtyThirdLine(int levels) {
    String tabs = repeat(levels, i -> "    ".repeat(i) + "=== \"T\"\n");
    assertTooDeep(failure("## Q {#1}\n\n" + tabs + "    ".repeat(levels) + "x\n"), 40, 129);
  }

  @Test
  void aTabInATabInACalloutCountsWithTheLevelsAround() {
    // Blank lines between: before one, flexmark's callouts take any indentation as their own.
    IntFunction<String> nested =
        quotes -> {
          String q = ">".repeat(quotes) + " ";
          return q
              + "!!! tip\n"
              + q
              + "\n"
              + q
              + "    === \"A\"\n"
              + q
              + "\n"
              + q
              + "        === \"B\"\n"
              + q
              + "\n"
              + q
              + "            x\n";
        };
    // 29 quotes, a callout, two tabs: 32 levels build, one more quote fails where the tab opens.
    String html = render("## Q {#1}\n\n" + nested.apply(29)).get(0).questions().get(0).answerHtml();
    assertEquals(
        "x",
        Jsoup.parse(html).select("[role=tabpanel] [role=tabpanel] p:not(.tabs-caption)").text());
    assertTooDeep(failure("## Q {#1}\n\n" + nested.apply(30)), BODY + 6, 40);
  }

  @ParameterizedTest(name = "{0} levels")
  @ValueSource(ints = {500, 1_000, 5_000, 50_000})
  void quotesAndListsNestedInTurnFail(int levels) {
    assertTooDeep(failure("## Q {#1}\n\n" + "> - ".repeat(levels / 2) + "deep\n"), BODY + 2, 65);
  }

  @ParameterizedTest(name = "{0} levels")
  @ValueSource(ints = {500, 1_000, 5_000, 50_000})
  void emphasisNestedDeepFails(int levels) {
    String body = "## Q {#1}\n\nSee " + "*".repeat(levels) + "x" + "*".repeat(levels) + "\n";
    Diagnostic d = failure(body);
    assertEquals("nested more than 32 levels deep", d.message(), d.format());
    assertEquals(BODY + 2, d.where().line());
  }

  @ParameterizedTest(name = "{0} levels")
  @ValueSource(ints = {500, 1_000, 5_000, 50_000})
  void imagesNestedDeepFailAtTheThirtyThirdBracket(int levels) {
    String body = "## Q {#1}\n\n" + "![".repeat(levels) + "x" + "](../images/p.png)".repeat(levels);
    Diagnostic d = failure(body + "\n");
    assertEquals("more than 32 brackets open at once", d.message(), d.format());
    assertEquals(BODY + 2, d.where().line());
    assertEquals(65, d.where().column());
  }

  @Test
  void thirtyTwoLevelsOfQuotesListsAndEmphasisBuild() {
    String quotes = ">".repeat(32) + " deep\n\n";
    String lists = repeat(32, i -> "  ".repeat(i) + "- item\n") + "\n";
    String emphasis = "*".repeat(31) + "x" + "*".repeat(31) + "\n";
    RenderedPage page = render("## Q {#1}\n\n" + quotes + lists + emphasis).get(0);
    assertTrue(page.questions().get(0).answerText().startsWith("deep item"));
  }

  @Test
  void aThirtyThirdLevelInsideThirtyTwoFailsWhereItOpens() {
    String lists = repeat(32, i -> "  ".repeat(i) + "- item\n");
    assertTooDeep(failure("## Q {#1}\n\n" + lists + "  ".repeat(32) + "> quote\n"), 40, 65);
    assertTooDeep(failure("## Q {#1}\n\n" + lists + "  ".repeat(32) + "*deep*\n"), 40, 65);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"-", "*", "_", "- ", "* ", "_ \t"})
  void aLineStartingWithALongRunOfThematicBreakCharactersFails(String unit) {
    Diagnostic d = failure("## Q {#1}\n\nText.\n\n> " + unit.repeat(20_000) + "\n");
    assertEquals("more than 256 '" + unit.charAt(0) + "' in a row", d.message(), d.format());
    assertEquals(BODY + 4, d.where().line());
    assertEquals(3, d.where().column());
  }

  @Test
  void aThematicBreakOfTwoHundredAndFiftySixCharactersBuilds() {
    String html =
        render("## Q {#1}\n\nText.\n\n" + "- ".repeat(256) + "\n")
            .get(0)
            .questions()
            .get(0)
            .answerHtml();
    assertTrue(html.contains("<hr"), html);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "[x](#1 \"%s\")",
        "[x](<%s>)",
        "Text <!-- %s -->",
      })
  void aLinkTitleOrCommentTooLongForTheParserFailsWhereItStarts(String shape) {
    String text = shape.formatted("a-".repeat(50_000));
    Diagnostic d = failure("## Q {#1}\n\n" + text + "\n");
    assertEquals("text too long to parse from here", d.message(), d.format());
    assertEquals(BODY + 2, d.where().line());
  }
}
