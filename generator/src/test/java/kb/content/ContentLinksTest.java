package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
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
 * Symbolic links in the content folder (issue 23): followed while they stay inside it; one that
 * leaves it is an error naming the link, and nothing it points at is read.
 */
class ContentLinksTest {

  @TempDir Path dir;

  private TestContent content;
  private Path outside;

  @BeforeEach
  void writeContent() throws IOException {
    content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nYes.\n"));
    content.write("images/a.svg", "<svg/>");
    outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("passwd"), "root:x:0:0");
    Files.writeString(
        outside.resolve("secret.md"), TestContent.page("S", "S", 2, "## Secret {#2}\n\nroot\n"));
  }

  private Path link(String path, Path target) throws IOException {
    Path link = content.root().resolve(path);
    Files.createDirectories(link.getParent());
    return Files.createSymbolicLink(link, target);
  }

  private List<Diagnostic> failures() {
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> new ContentLoader().load(content.root()));
    assertEquals(ExitCode.INPUT_ERROR, e.exitCode());
    return e.diagnostics();
  }

  private String outsideMessage(Path target) throws IOException {
    return "links outside the content folder, to " + target.toRealPath();
  }

  @Test
  void imageLinkedToAFileOutsideIsAnErrorNamingTheLink() throws IOException {
    Path link = link("images/passwd.svg", outside.resolve("passwd"));
    Diagnostic d = failures().get(0);
    assertEquals(link, d.where().file());
    assertEquals(outsideMessage(outside.resolve("passwd")), d.message());
    assertEquals(
        "kb reads only files inside the content folder; copy the file in instead", d.hint());
  }

  @Test
  void pageLinkedToAFileOutsideIsAnErrorNamingTheLink() throws IOException {
    Path link = link("faq/secret.md", outside.resolve("secret.md"));
    List<Diagnostic> problems = failures();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(link, problems.get(0).where().file());
  }

  @Test
  void folderLinkedOutsideIsOneErrorNamingTheLink() throws IOException {
    Path link = link("shared", outside);
    List<Diagnostic> problems = failures();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(link, problems.get(0).where().file());
    assertEquals(outsideMessage(outside), problems.get(0).message());
  }

  @Test
  void brandOverrideLinkedOutsideIsAnError() throws IOException {
    Path link = link("brands/beta/images/a.svg", outside.resolve("passwd"));
    assertEquals(link, failures().get(0).where().file());
  }

  @Test
  void linkThroughALinkInsideThatLeadsOutIsAnError() throws IOException {
    Path hop = link("images/hop.svg", dir.resolve("outside-hop"));
    Files.createSymbolicLink(dir.resolve("outside-hop"), outside.resolve("passwd"));
    assertEquals(hop, failures().get(0).where().file());
  }

  @Test
  void linksWhoseTargetStaysInsideAreFollowed() throws IOException {
    link("images/alias.svg", content.root().resolve("images/a.svg"));
    link("pictures", content.root().resolve("images"));
    ContentSet set = new ContentLoader().load(content.root());
    assertEquals(
        List.of("images/a.svg", "images/alias.svg", "pictures/a.svg", "pictures/alias.svg"),
        set.assets().stream().map(AssetFile::path).sorted().toList());
  }

  @Test
  void folderLinkedToAFolderThatHoldsItIsAnErrorNotAnEndlessWalk() throws IOException {
    Path loop = link("images/again", content.root().resolve("images"));
    Diagnostic d = failures().get(0);
    assertEquals(loop, d.where().file());
    assertEquals("symbolic link to a folder that holds it", d.message());
  }

  @Test
  void hiddenLinksAreSkippedLikeOtherHiddenFiles() throws IOException {
    link(".cache", outside);
    link("images/.passwd.svg", outside.resolve("passwd"));
    assertEquals(1, new ContentLoader().load(content.root()).pages().size());
  }

  @Test
  void linkToNothingIsNotAFileOfTheContent() throws IOException {
    link("images/gone.svg", dir.resolve("nothing-here"));
    ContentSet set = new ContentLoader().load(content.root());
    assertEquals(List.of("images/a.svg"), set.assets().stream().map(AssetFile::path).toList());
  }
}
