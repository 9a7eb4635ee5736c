package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kb.TestContent;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a content folder: pages, front matter, assets, and the errors for bad files. */
class ContentLoaderTest {

  @TempDir Path dir;

  private Diagnostic failure(TestContent content) {
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> new ContentLoader().load(content.root()));
    return e.diagnostics().get(0);
  }

  @Test
  void readsPagesInFrontMatterOrderAndAssetsWithBrandOverrides() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/b.md", TestContent.page("B", "Bee", 2, "body b\n"));
    content.write("faq/a.md", TestContent.page("A", "Ay", 5, "body a\n"));
    content.write("images/x.png", new byte[] {1});
    content.write("brands/beta/images/x.png", new byte[] {2});
    ContentSet set = new ContentLoader().load(content.root());
    assertEquals(
        List.of("faq/b.md", "faq/a.md"), set.pages().stream().map(SourcePage::path).toList());
    SourcePage b = set.pages().get(0);
    assertEquals("faq/b.html", b.outputPath());
    assertEquals(6, b.bodyFirstLine());
    assertEquals("body b\n", b.body());
    assertEquals(
        List.of("images/x.png|", "images/x.png|beta"),
        set.assets().stream().map(a -> a.path() + "|" + a.brand()).sorted().toList());
  }

  @Test
  void aLoaderWithEarlierSourcesTakesAgainOnlyThePagesWhoseFilesAreUnchanged() throws IOException {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "Ay", 1, "body a\n"));
    content.write("faq/b.md", TestContent.page("B", "Bee", 2, "body b\n"));
    settle(content, "faq/a.md", 60);
    settle(content, "faq/b.md", 60);
    ContentLoader loader = new ContentLoader(EarlierSources.kept());
    List<SourcePage> first = loader.load(content.root()).pages();
    content.write("faq/b.md", TestContent.page("B", "Bee", 2, "body z\n")); // the same size
    settle(content, "faq/b.md", 30);
    List<SourcePage> second = loader.load(content.root()).pages();
    assertSame(first.get(0), second.get(0), "unchanged: the same page, not read again");
    assertEquals("body z\n", second.get(1).body());
    // Changed just now: read again next time, whatever its time says.
    content.write("faq/b.md", TestContent.page("B", "Bee", 2, "body y\n"));
    Files.setLastModifiedTime(content.root().resolve("faq/b.md"), FileTime.from(Instant.now()));
    SourcePage recent = loader.load(content.root()).pages().get(1);
    assertEquals("body y\n", recent.body());
    assertNotSame(recent, loader.load(content.root()).pages().get(1));
    // A load that fails offers the next load what the last good one read.
    Path a = content.root().resolve("faq/a.md");
    FileTime aTime = Files.getLastModifiedTime(a);
    content.write("faq/a.md", "---\ntitle: [\n---\n");
    assertThrows(BuildFailedException.class, () -> loader.load(content.root()));
    content.write("faq/a.md", TestContent.page("A", "Ay", 1, "body a\n"));
    Files.setLastModifiedTime(a, aTime);
    assertSame(first.get(0), loader.load(content.root()).pages().get(0));
    // Without earlier sources, every load reads every page.
    ContentLoader once = new ContentLoader();
    assertNotSame(
        once.load(content.root()).pages().get(0), once.load(content.root()).pages().get(0));
  }

  /** Sets a file's time of last change to {@code minutes} ago. */
  private static void settle(TestContent content, String path, int minutes) throws IOException {
    Files.setLastModifiedTime(
        content.root().resolve(path),
        FileTime.from(Instant.now().minus(Duration.ofMinutes(minutes))));
  }

  @Test
  void frontMatterReadsDocPathAndAnchor() {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "faq/a.md", "---\ntitle: A\ncategory: A\ndoc_path: en/qa/a.html\nanchor: \"42\"\n---\nx\n");
    FrontMatter front = new ContentLoader().load(content.root()).pages().get(0).frontMatter();
    assertEquals("en/qa/a.html", front.docPath());
    assertEquals("42", front.anchor());
    assertEquals(0, front.order());
  }

  @Test
  void emptyMarkdownFileIsAnError() {
    TestContent content = TestContent.twoBrands(dir).write("faq/empty.md", "");
    Diagnostic d = failure(content);
    assertTrue(d.where().toString().endsWith("faq/empty.md"), d.format());
    assertEquals("empty Markdown file", d.message());
  }

  @Test
  void fileThatIsNotUtf8NamesLineAndColumnOfTheBadByte() {
    byte[] latin1 =
        "---\ntitle: A\ncategory: A\n---\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Diagnostic d = failure(TestContent.twoBrands(dir).write("faq/a.md", latin1));
    assertEquals("not valid UTF-8 (byte 0xE9)", d.message());
    assertEquals(5, d.where().line());
    assertEquals(4, d.where().column());
  }

  @Test
  void malformedFrontMatterNamesTheFileLine() {
    Diagnostic d =
        failure(
            TestContent.twoBrands(dir)
                .write("faq/a.md", "---\ntitle: A\ncategory: [A\norder: 1\n---\nx\n"));
    assertTrue(d.message().startsWith("malformed YAML"), d.format());
    assertTrue(d.where().line() >= 3 && d.where().line() <= 5, d.format());
  }

  @Test
  void missingFrontMatterIsAnError() {
    Diagnostic d = failure(TestContent.twoBrands(dir).write("faq/a.md", "# Title\n"));
    assertEquals("missing front matter", d.message());
    assertEquals(1, d.where().line());
  }

  @Test
  void unclosedFrontMatterIsAnError() {
    Diagnostic d = failure(TestContent.twoBrands(dir).write("faq/a.md", "---\ntitle: A\n"));
    assertEquals("front matter is not closed", d.message());
  }

  @Test
  void unknownFrontMatterKeyIsAnErrorAtItsLine() {
    Diagnostic d =
        failure(
            TestContent.twoBrands(dir)
                .write("faq/a.md", "---\ntitle: A\ncategory: A\ntitel: B\n---\nx\n"));
    assertEquals("unknown front matter key 'titel'", d.message());
    assertEquals(4, d.where().line());
  }

  @Test
  void orderMustBeANumber() {
    Diagnostic d =
        failure(
            TestContent.twoBrands(dir)
                .write("faq/a.md", "---\ntitle: A\ncategory: A\norder: first\n---\nx\n"));
    assertEquals("order must be a whole number", d.message());
    assertEquals(4, d.where().line());
  }

  @Test
  void twoPagesCannotHoldTheSameCategory() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "Same", 1, "x\n"));
    content.write("faq/b.md", TestContent.page("B", "Same", 2, "y\n"));
    Diagnostic d = failure(content);
    assertTrue(d.message().startsWith("category 'Same' is already the category of"), d.message());
  }

  @Test
  void missingContentFolderIsAnInputError() {
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class, () -> new ContentLoader().load(dir.resolve("nothing")));
    assertEquals("content folder not found", e.diagnostics().get(0).message());
  }

  @Test
  void crLineEndsAreNormalised() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", "---\r\ntitle: A\r\ncategory: A\r\n---\r\nline\r\n");
    assertEquals("line\n", new ContentLoader().load(content.root()).pages().get(0).body());
  }
}
