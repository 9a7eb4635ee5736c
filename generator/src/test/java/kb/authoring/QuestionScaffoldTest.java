package kb.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import kb.TestContent;
import kb.build.SiteBuild;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.ExitCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kb new: a question with a fresh id appended to a page, or an error naming what is wrong. */
class QuestionScaffoldTest {

  @TempDir Path dir;

  private TestContent content;
  private Path page;

  @BeforeEach
  void writeContent() {
    content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## First? {#1}\n\nYes.\n"));
    page = content.root().resolve("faq/a.md");
  }

  private QuestionScaffold.Added add(String question) {
    return new QuestionScaffold().add(content.root(), page, question);
  }

  private Diagnostic failure(Path target, String question) {
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class,
            () -> new QuestionScaffold().add(content.root(), target, question));
    assertEquals(1, e.diagnostics().size());
    return e.diagnostics().get(0);
  }

  @Test
  void appendsTheQuestionWithItsIdAndAPlaceholderAndSaysWhere() throws IOException {
    QuestionScaffold.Added added = add("How do I restart OpenD?");
    String expected =
        TestContent.page("A", "A", 1, "## First? {#1}\n\nYes.\n")
            + "\n## How do I restart OpenD? {#"
            + added.id()
            + "}\n\n"
            + QuestionScaffold.PLACEHOLDER
            + "\n";
    assertEquals(expected, Files.readString(page));
    assertEquals(page + ":10", added.heading().toString());
    assertEquals(
        "## How do I restart OpenD? {#" + added.id() + "}", Files.readAllLines(page).get(9));
  }

  @Test
  void theNewQuestionBuildsWithItsIdAsAnchorOnceAnswered() throws IOException {
    String id = add("How do I restart OpenD?").id();
    Files.writeString(
        page, Files.readString(page).replace(QuestionScaffold.PLACEHOLDER, "A: run restart."));
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "all"));
    Element heading =
        Jsoup.parse(out.resolve("alpha/faq/a.html").toFile(), "UTF-8").getElementById(id);
    assertTrue(heading.text().contains("How do I restart OpenD?"), heading.text());
  }

  @Test
  void idUsedOnAnotherPageIsNotGivenAgain() {
    String question = "How do I restart OpenD?";
    String taken = AnchorIds.fresh(question, Set.of());
    content.write("faq/b.md", TestContent.page("B", "B", 2, "## Other? {#" + taken + "}\n\nNo.\n"));
    assertNotEquals(taken, add(question).id());
  }

  @Test
  void sameQuestionOnTwoPagesGetsTwoIds() {
    content.write("faq/b.md", TestContent.page("B", "B", 2, "## Other? {#2}\n\nNo.\n"));
    Path other = content.root().resolve("faq/b.md");
    assertNotEquals(
        add("Why?").id(), new QuestionScaffold().add(content.root(), other, "Why?").id());
  }

  @Test
  void aQuestionThePageAlreadyAsksIsRefusedNamingItsLine() throws IOException {
    String before = Files.readString(page);
    Diagnostic problem = failure(page, "  first?  ");
    assertEquals(page + ":6", problem.where().toString());
    assertEquals("the page already asks 'First?'", problem.message());
    assertEquals(ExitCode.INPUT_ERROR, new BuildFailedException(problem).exitCode());
    assertEquals(before, Files.readString(page));
  }

  @Test
  void aQuestionOneBrandAlreadyAsksIsRefusedToo() {
    content.write(
        "faq/a.md",
        TestContent.page(
            "A",
            "A",
            1,
            "## First? {#1}\n\n{% brand beta %}\n## Beta only? {#2}\n{% endbrand %}\n"));
    Diagnostic problem = failure(page, "Beta only?");
    assertEquals(page + ":9", problem.where().toString());
    assertTrue(problem.hint().contains("brand beta"), problem.hint());
  }

  @Test
  void aFenceOneBrandLeavesOpenIsFoundAsTheBuildReadsIt() {
    // Beta's page closes at line 12 the fence it opens inside its block; alpha's page, without
    // the block, opens a fence at line 12 that takes in all that follows.
    content.write(
        "faq/a.md",
        TestContent.page(
            "A", "A", 1, "## First? {#1}\n\n{% brand beta %}\n```sh\n{% endbrand %}\nls\n```\n"));
    Diagnostic problem = failure(page, "Second?");
    assertEquals(page + ":12", problem.where().toString());
    assertEquals("the page ends inside this code block", problem.message());
  }

  @Test
  void anIndentedFenceIsCodeNotAFence() throws IOException {
    content.write(
        "faq/a.md", TestContent.page("A", "A", 1, "## First? {#1}\n\nRun:\n\n    ```sh\n    ls\n"));
    String id = add("Second?").id();
    assertTrue(Files.readString(page).contains("## Second? {#" + id + "}"));
  }

  @Test
  void anHtmlCommentLeftOpenIsRefused() {
    content.write(
        "faq/a.md", TestContent.page("A", "A", 1, "## First? {#1}\n\nYes.\n\n<!-- draft\n"));
    Diagnostic problem = failure(page, "Second?");
    assertEquals(page + ":10", problem.where().toString());
    assertEquals("the page ends inside this HTML block", problem.message());
  }

  @Test
  void anUnknownVariableInTheQuestionIsRefused() throws IOException {
    String before = Files.readString(page);
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class,
            () -> new QuestionScaffold().add(content.root(), page, "How do I use {{nope}}?"));
    assertTrue(e.diagnostics().get(0).message().contains("nope"), e.getMessage());
    assertEquals(page + ":10", "%s:%d".formatted(page, e.diagnostics().get(0).where().line()));
    assertEquals(before, Files.readString(page));
  }

  @Test
  void windowsLineEndsAreKept() throws IOException {
    Files.writeString(page, "---\r\ntitle: A\r\ncategory: A\r\n---\r\n## First? {#1}\r\n");
    String id = add("Second?").id();
    assertEquals(
        "---\r\ntitle: A\r\ncategory: A\r\n---\r\n## First? {#1}\r\n\r\n## Second? {#"
            + id
            + "}\r\n\r\n"
            + QuestionScaffold.PLACEHOLDER
            + "\r\n",
        Files.readString(page));
  }

  @Test
  void pagePermissionsAreKept() throws IOException {
    Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-rw-r--"));
    add("Second?");
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
  }

  @Test
  void pageEndingInsideACodeBlockIsRefusedAtTheFenceAndLeftAlone() throws IOException {
    String text = TestContent.page("A", "A", 1, "## First? {#1}\n\n```sh\nls\n");
    Files.writeString(page, text);
    Diagnostic problem = failure(page, "Second?");
    assertEquals(page + ":8", problem.where().toString());
    assertEquals("the page ends inside this code block", problem.message());
    assertEquals(Diagnostic.Kind.CONTENT, problem.kind());
    assertEquals(text, Files.readString(page));
  }

  @Test
  void pageEndingInsideABrandBlockIsRefused() {
    content.write(
        "faq/a.md", TestContent.page("A", "A", 1, "## First? {#1}\n\n{% brand beta %}\nHi.\n"));
    Diagnostic problem = failure(page, "Second?");
    assertEquals(page + ":8", problem.where().toString());
    assertEquals("the page ends inside this brand block", problem.message());
  }

  @Test
  void closedBlocksAndFencesInsideOtherFencesAreFine() {
    content.write(
        "faq/a.md",
        TestContent.page(
            "A",
            "A",
            1,
            "## First? {#1}\n\n````md\n```\n````\n\n{% brand beta %}\nHi.\n{% endbrand %}\n"));
    assertTrue(add("Second?").id().matches("\\d{4}"));
  }

  @Test
  void missingPageIsAnInputError() {
    Path missing = content.root().resolve("faq/none.md");
    Diagnostic problem = failure(missing, "Q?");
    assertEquals(missing + ": page not found", problem.format().lines().findFirst().orElseThrow());
    assertEquals(ExitCode.INPUT_ERROR, new BuildFailedException(problem).exitCode());
  }

  @Test
  void fileOutsideTheContentFolderIsNotAPage() throws IOException {
    Path outside = dir.resolve("notes.md");
    Files.writeString(outside, "---\ntitle: N\ncategory: N\n---\n");
    assertEquals("not a page of " + content.root(), failure(outside, "Q?").message());
  }

  @Test
  void brandFileIsNotAPage() {
    Path brand = content.root().resolve("brands/alpha.yml");
    assertEquals("not a page of " + content.root(), failure(brand, "Q?").message());
  }

  @Test
  void questionMustBeOneLineWithoutHashesOrId() {
    assertEquals("the question is empty", failure(page, "  ").message());
    assertEquals("the question must be one line", failure(page, "Why?\nHow?").message());
    assertEquals("write the question without ##", failure(page, "## Why?").message());
    assertEquals("write the question without an id", failure(page, "Why? {#12}").message());
  }
}
