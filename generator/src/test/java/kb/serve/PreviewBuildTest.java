package kb.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.TestContent;
import kb.TestFolders;
import kb.build.BrandReport;
import kb.build.BuildOptions;
import kb.build.TreeHashes;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kb serve's rebuilds: only brands whose sites changed are written; failures write nothing. */
class PreviewBuildTest {

  @TempDir Path dir;

  private TestContent content;
  private Path templates;
  private PreviewBuild build;

  @BeforeEach
  void setUp() throws IOException {
    content = TestContent.twoBrands(dir);
    content.write("images/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    content.write(
        "brands/beta/images/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>");
    writePage("Shared answer.", "Beta only.");
    templates = dir.resolve("templates");
    TestFolders.copy(TestContent.repoRoot().resolve("templates"), templates);
    build =
        new PreviewBuild(new BuildOptions(content.root(), templates, dir.resolve("out"), "all"));
  }

  private void writePage(String shared, String betaOnly) {
    content.write(
        "faq/a.md",
        TestContent.page(
            "A",
            "A",
            1,
            "## Q? {#1}\n\n"
                + shared
                + "\n\n![a](../images/a.svg)\n\n{% brand beta %}\n"
                + betaOnly
                + "\n{% endbrand %}\n"));
  }

  private String page(String brand) throws IOException {
    return Files.readString(dir.resolve("out").resolve(brand).resolve("faq/a.html"));
  }

  private static List<String> built(PreviewBuild.Outcome outcome) {
    return outcome.built().stream().map(BrandReport::brand).toList();
  }

  private String searchData(String brand) throws IOException {
    return Files.readString(dir.resolve("out").resolve(brand).resolve("search/d-0.js"));
  }

  @Test
  void editedPagesAreShownBesideTheLastSearchDataThenTheSearchDataFollow() throws IOException {
    build.rebuild();
    String before = searchData("alpha");
    writePage("Edited answer.", "Beta only.");
    List<String> atShow = new ArrayList<>();
    PreviewBuild.Outcome outcome =
        build.rebuild(
            shown -> {
              atShow.addAll(shown.changed());
              try {
                assertTrue(page("alpha").contains("Edited answer."));
                assertEquals(before, searchData("alpha"), "the last build's search data");
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    assertEquals(List.of("alpha", "beta"), atShow);
    assertEquals(List.of("alpha", "beta"), built(outcome));
    assertTrue(searchData("alpha").contains("Edited answer."), searchData("alpha"));
    assertFalse(before.contains("Edited answer."));
  }

  @Test
  void aNewerEditWaitingStopsTheSearchDataWhichTheNextRebuildWrites() throws IOException {
    build.rebuild();
    String before = searchData("alpha");
    writePage("Edited answer.", "Beta only.");
    List<String> atShow = new ArrayList<>();
    PreviewBuild.Outcome stopped =
        build.rebuild(shown -> atShow.addAll(shown.changed()), () -> true);
    assertEquals(List.of("alpha", "beta"), atShow, "the pages are shown");
    assertEquals(List.of(), built(stopped));
    assertTrue(page("alpha").contains("Edited answer."));
    assertEquals(before, searchData("alpha"), "the last search data stay");
    build.rebuild(shown -> {}, () -> false);
    assertTrue(searchData("alpha").contains("Edited answer."), searchData("alpha"));
  }

  /** kb serve started again over a folder a build wrote: its first build is written whole. */
  @Test
  void aSessionsFirstBuildIsWrittenWholeNeverItsPagesAlone() throws IOException {
    build.rebuild();
    String before = searchData("alpha");
    writePage("Edited answer.", "Beta only.");
    BuildOptions same = new BuildOptions(content.root(), templates, dir.resolve("out"), "all");
    List<String> atShow = new ArrayList<>();
    new PreviewBuild(same)
        .rebuild(
            shown -> {
              atShow.addAll(shown.changed());
              try {
                assertEquals(before, searchData("alpha"), "the folder's search data untouched");
                assertFalse(page("alpha").contains("Edited answer."), "pages not written alone");
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    assertEquals(List.of(), atShow);
    assertTrue(page("alpha").contains("Edited answer."));
  }

  /** Pages pass, search data fail: a session's first build writes nothing at all. */
  @Test
  void aFirstBuildWhoseSearchDataFailWritesNothing() throws IOException {
    build.rebuild();
    String before = searchData("beta");
    // The page passes; its search snippet, cut after 480 characters, ends in "Alpha" of
    // "Alphabet", the other brand's name (as in LeakLintTest).
    content.write(
        "faq/a.md",
        TestContent.page(
            "A", "A", 1, "## Q? {#1}\n\nIntro " + "z".repeat(468) + "-Alphabet soup.\n"));
    BuildOptions same = new BuildOptions(content.root(), templates, dir.resolve("out"), "all");
    assertThrows(BuildFailedException.class, () -> new PreviewBuild(same).rebuild());
    assertEquals(before, searchData("beta"));
    assertFalse(page("beta").contains("Alphabet"));
  }

  @Test
  void firstRebuildBuildsEveryBrand() throws IOException {
    PreviewBuild.Outcome outcome = build.rebuild();
    assertEquals(List.of("alpha", "beta"), built(outcome));
    assertTrue(page("alpha").contains("Shared answer."));
    assertTrue(page("beta").contains("Beta only."));
  }

  @Test
  void rebuildWithoutChangesBuildsNothing() {
    build.rebuild();
    PreviewBuild.Outcome again = build.rebuild();
    assertEquals(List.of(), built(again));
    assertEquals(List.of("alpha", "beta"), again.unchanged());
  }

  @Test
  void editInsideOneBrandsBlockRebuildsOnlyThatBrand() throws IOException {
    build.rebuild();
    writePage("Shared answer.", "Beta only, edited.");
    PreviewBuild.Outcome outcome = build.rebuild();
    assertEquals(List.of("beta"), built(outcome));
    assertEquals(List.of("alpha"), outcome.unchanged());
    assertTrue(page("beta").contains("Beta only, edited."));
  }

  @Test
  void editOfSharedTextRebuildsEveryBrand() throws IOException {
    build.rebuild();
    writePage("Shared answer, edited.", "Beta only.");
    assertEquals(List.of("alpha", "beta"), built(build.rebuild()));
    assertTrue(page("alpha").contains("Shared answer, edited."));
    assertTrue(page("beta").contains("Shared answer, edited."));
  }

  @Test
  void changedBrandImageRebuildsOnlyThatBrandEvenWhenItsSizeStaysTheSame() throws IOException {
    build.rebuild();
    Path image = content.root().resolve("brands/beta/images/a.svg");
    String before = Files.readString(image);
    String after = before.replace("<g/>", "<a/>");
    assertEquals(before.length(), after.length());
    Files.writeString(image, after);
    assertEquals(List.of("beta"), built(build.rebuild()));
    assertEquals(after, Files.readString(dir.resolve("out/beta/images/a.svg")));
  }

  @Test
  void imageNoLongerUsedLeavesTheSite() throws IOException {
    build.rebuild();
    assertTrue(Files.isRegularFile(dir.resolve("out/alpha/images/a.svg")));
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nNo image.\n"));
    build.rebuild();
    assertFalse(Files.exists(dir.resolve("out/alpha/images/a.svg")));
    assertTrue(page("alpha").contains("No image."));
  }

  @Test
  void templateChangeRebuildsEveryBrandWithTheNewTemplate() throws IOException {
    build.rebuild();
    Path page = templates.resolve("page.mustache");
    Files.writeString(page, "<p>template edited</p>\n" + Files.readString(page));
    assertEquals(List.of("alpha", "beta"), built(build.rebuild()));
    assertTrue(page("alpha").contains("template edited"));
    assertTrue(page("beta").contains("template edited"));
  }

  @Test
  void failedRebuildWritesNothingThenTheFixBuildsAgain() throws IOException {
    build.rebuild();
    writePage("Use {{nope}}.", "Beta only, edited.");
    BuildFailedException failure = assertThrows(BuildFailedException.class, build::rebuild);
    Diagnostic problem = failure.diagnostics().get(0);
    assertTrue(problem.where().toString().endsWith("faq/a.md:8:5"), problem.format());
    assertEquals("unknown variable 'nope' for brand alpha", problem.message());
    assertTrue(page("beta").contains("Beta only."));
    assertFalse(page("beta").contains("edited"), "the last good build stays");
    writePage("Shared answer.", "Beta only, edited.");
    assertEquals(List.of("beta"), built(build.rebuild()));
  }

  @Test
  void templateLinkedOutsideFailsTheRebuildAndIsNeverServed() throws IOException {
    build.rebuild();
    Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0");
    Path link = Files.createSymbolicLink(templates.resolve("assets/leak.txt"), secret);
    BuildFailedException failure = assertThrows(BuildFailedException.class, build::rebuild);
    Diagnostic problem = failure.diagnostics().get(0);
    assertEquals(link, problem.where().file());
    assertEquals(
        "links outside the templates folder, to " + secret.toRealPath(), problem.message());
    assertFalse(Files.exists(dir.resolve("out/alpha/assets/leak.txt")));
  }

  @Test
  void contentFileAtAPathKbWritesFailsTheRebuildAndTheIconStays() throws IOException {
    build.rebuild();
    String icon = Files.readString(dir.resolve("out/alpha/favicon.svg"));
    content.write("favicon.svg", "<svg>mine</svg>");
    BuildFailedException failure = assertThrows(BuildFailedException.class, build::rebuild);
    assertEquals(
        content.root().resolve("favicon.svg"), failure.diagnostics().get(0).where().file());
    assertEquals(icon, Files.readString(dir.resolve("out/alpha/favicon.svg")));
  }

  @Test
  void searchDataAreWrittenWithTheNewPagesInTheSameRebuild() throws IOException {
    build.rebuild();
    Path words = dir.resolve("out/alpha/search");
    writePage("Zebra answer.", "Beta only.");
    build.rebuild();
    assertTrue(page("alpha").contains("Zebra answer."));
    assertTrue(searchData(words).contains("zebra"));
  }

  @Test
  void everyRebuildAfterAnEditWritesWhatAFreshBuildWrites() throws IOException {
    writeLinkedPages("A", "Answer a.", "1");
    build.rebuild();
    List<Runnable> edits =
        List.of(
            () -> writeLinkedPages("A", "Answer a, edited.", "1"),
            () -> writeLinkedPages("A renamed", "Answer a, edited.", "1"),
            () -> content.write("faq/c.md", TestContent.page("C", "C", 4, "## C? {#3}\n\nC.\n")),
            () -> writePage("Shared answer, edited.", "Beta only."),
            () ->
                content.write("brands/beta.yml", TestContent.brand("beta", "Bet", "b", "#445566")),
            () -> writeLinkedPages("A renamed", "One more question.\n\n## More? {#9}", "1"));
    int n = 0;
    for (Runnable edit : edits) {
      edit.run();
      build.rebuild();
      Path fresh = dir.resolve("fresh" + n++);
      new PreviewBuild(new BuildOptions(content.root(), templates, fresh, "all")).rebuild();
      assertEquals(TreeHashes.of(fresh), TreeHashes.of(dir.resolve("out")), "after edit " + n);
    }
  }

  @Test
  void renamingAnIdThatAnUnchangedPageLinksToFailsTheRebuild() throws IOException {
    writeLinkedPages("A", "Answer a.", "1");
    build.rebuild();
    writeLinkedPages("A", "Answer a.", "2");
    BuildFailedException failure = assertThrows(BuildFailedException.class, build::rebuild);
    String problem = failure.diagnostics().get(0).format();
    assertTrue(problem.contains("faq/b.md:8:5: link target 'a2.md#1' not found"), problem);
    content.write("faq/b.md", TestContent.page("B", "B", 3, "## B? {#2b}\n\nSee [a](a2.md#2).\n"));
    assertEquals(List.of("alpha", "beta"), built(build.rebuild()));
    assertTrue(Files.readString(dir.resolve("out/alpha/faq/b.html")).contains("a2.html#2"));
  }

  /** Pages a (question id {@code id}) and b, whose answer links to question 1 of a. */
  private void writeLinkedPages(String titleOfA, String answerOfA, String id) {
    content.write(
        "faq/a2.md", TestContent.page(titleOfA, "A2", 2, "## A? {#" + id + "}\n\n" + answerOfA));
    content.write("faq/b.md", TestContent.page("B", "B", 3, "## B? {#2b}\n\nSee [a](a2.md#1).\n"));
  }

  private static String searchData(Path folder) throws IOException {
    StringBuilder all = new StringBuilder();
    try (var files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        all.append(Files.readString(file));
      }
    }
    return all.toString();
  }
}
