package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.ExitCode;
import org.junit.jupiter.api.Test;

/** Front matter is cut from the page's top; the body is everything after it, as it is. */
class FrontMatterParserTest {

  private static final Path FILE = Path.of("faq/a.md");
  private static final String FRONT = "---\ntitle: A\ncategory: C\norder: 1\n---";

  private static SourcePage parse(String text) {
    return FrontMatterParser.parse(FILE, "faq/a.md", text);
  }

  @Test
  void theBodyIsEverythingAfterTheClosingFenceWithItsFirstLineNumber() {
    SourcePage page = parse(FRONT + "\n## Q {#1}\n\nAnswer.\n");
    assertEquals("## Q {#1}\n\nAnswer.\n", page.body());
    assertEquals(6, page.bodyFirstLine());
    assertEquals("A", page.frontMatter().title());
  }

  @Test
  void aPageThatEndsAtItsClosingFenceHasAnEmptyBody() {
    assertEquals("", parse(FRONT).body());
    assertEquals("", parse(FRONT + "\n").body());
    assertEquals("\n", parse(FRONT + "\n\n").body());
  }

  @Test
  void fencesMayHaveSpacesAroundThem() {
    SourcePage page = parse(" --- \ntitle: A\ncategory: C\norder: 1\n---  \nBody");
    assertEquals("Body", page.body());
    assertEquals(6, page.bodyFirstLine());
  }

  @Test
  void anUnclosedOrMissingFrontMatterIsAnErrorAtLineOne() {
    BuildFailedException unclosed =
        assertThrows(BuildFailedException.class, () -> parse("---\ntitle: A\n"));
    assertEquals("front matter is not closed", unclosed.diagnostics().get(0).message());
    assertEquals(1, unclosed.diagnostics().get(0).where().line());
    BuildFailedException missing = assertThrows(BuildFailedException.class, () -> parse("# A\n"));
    assertEquals("missing front matter", missing.diagnostics().get(0).message());
  }

  @Test
  void aKeyGivenTwiceIsAnErrorNamingBothLines() {
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class,
            () -> parse("---\ntitle: A\ncategory: C\ntitle: B\norder: 1\n---\nBody"));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(
        "faq/a.md:4:1: duplicate key 'title': already given at line 2",
        d.format().lines().findFirst().get());
    assertEquals("keep one of lines 2 and 4", d.hint());
    assertEquals(ExitCode.INPUT_ERROR, e.exitCode());
  }

  @Test
  void kindSaysWhetherSectionsAreNumberedQuestionsAndIsFaqWhenLeftOut() {
    assertEquals(PageKind.FAQ, parse(FRONT + "\nBody").frontMatter().kind());
    SourcePage guide = parse("---\ntitle: A\ncategory: C\nkind: guide\n---\nBody");
    assertEquals(PageKind.GUIDE, guide.frontMatter().kind());
    assertFalse(guide.frontMatter().kind().numbered());
    assertTrue(PageKind.FAQ.numbered());
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class,
            () -> parse("---\ntitle: A\ncategory: C\nkind: Guide\n---\nBody"));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals("unknown page kind 'Guide'", d.message());
    assertEquals(4, d.where().line());
    assertEquals("kind is one of faq, guide, reference (faq when left out)", d.hint());
  }

  @Test
  void aGroupIsOneOrTwoNamesSeparatedBySlashes() {
    String front = "---\ntitle: A\ncategory: C\ngroup: ";
    assertEquals(
        List.of("API reference", "Quotes"),
        parse(front + " API reference /Quotes \n---\n").frontMatter().group());
    assertEquals(List.of("Guides"), parse(front + "Guides\n---\n").frontMatter().group());
    assertEquals(List.of(), parse(FRONT).frontMatter().group(), "top level");
    for (String bad : new String[] {"A / B / C", "A //", "[A, B]"}) {
      BuildFailedException e =
          assertThrows(BuildFailedException.class, () -> parse(front + bad + "\n---\n"), bad);
      assertEquals(4, e.diagnostics().get(0).where().line(), bad);
      assertEquals(ExitCode.INPUT_ERROR, e.exitCode(), bad);
    }
  }
}
