package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kb.TestContent;
import kb.diagnostic.BuildFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kb serve's loads after an edit its watcher saw: when every change is an edit of a file the last
 * load listed, the folder is not listed again and the other files are not looked at; any other
 * change lists the folder as a build does. Each test changes a file the watcher "missed" (left out
 * of the changes) to show which of the two a load did.
 */
class WatchedContentLoadTest {

  @TempDir Path dir;

  private TestContent content;
  private final EarlierSources earlier = EarlierSources.kept();
  private ContentLoader loader;

  @BeforeEach
  void firstLoad() throws IOException {
    content = TestContent.twoBrands(dir);
    write("faq/a.md", "A", 1, "body a");
    write("faq/b.md", "B", 2, "body b");
    loader = new ContentLoader(earlier);
    loader.load(content.root());
  }

  private void write(String path, String title, int order, String body) throws IOException {
    content.write(path, TestContent.page(title, title, order, body + "\n"));
    // Changed long ago: a build would take the page again by its size and time alone.
    Files.setLastModifiedTime(
        content.root().resolve(path), FileTime.from(Instant.now().minus(Duration.ofHours(1))));
  }

  private Path file(String path) {
    return content.root().resolve(path);
  }

  private List<String> bodies() {
    return loader.load(content.root()).pages().stream().map(SourcePage::body).toList();
  }

  @Test
  void anEditTheWatcherSawIsReadAndOtherFilesAreNotLookedAt() throws IOException {
    write("faq/a.md", "A", 1, "body x");
    write("faq/b.md", "B", 2, "body yy"); // missed: not even its size is read again
    earlier.changed(Set.of(file("faq/a.md")));
    assertEquals(List.of("body x\n", "body b\n"), bodies());
  }

  @Test
  void withoutChangesFromAWatcherEveryFileIsCompared() throws IOException {
    write("faq/b.md", "B", 2, "body yy");
    assertEquals(List.of("body a\n", "body yy\n"), bodies());
  }

  @Test
  void changesOutsideTheContentFolderLeaveItsListingAsItWas() throws IOException {
    write("faq/b.md", "B", 2, "body yy");
    earlier.changed(Set.of(dir.resolve("templates/page.mustache")));
    assertEquals(List.of("body a\n", "body b\n"), bodies());
  }

  @Test
  void aNewFileTheWatcherSawListsTheFolderAgain() throws IOException {
    write("faq/c.md", "C", 3, "body c");
    write("faq/b.md", "B", 2, "body yy");
    earlier.changed(Set.of(file("faq/c.md")));
    assertEquals(List.of("body a\n", "body yy\n", "body c\n"), bodies());
  }

  @Test
  void aDeletedFileTheWatcherSawListsTheFolderAgain() throws IOException {
    Files.delete(file("faq/b.md"));
    write("faq/c.md", "C", 3, "body c");
    earlier.changed(Set.of(file("faq/b.md")));
    assertEquals(List.of("body a\n", "body c\n"), bodies());
  }

  @Test
  void aLoadThatFailedIsFollowedByOneThatListsTheFolder() throws IOException {
    content.write("faq/a.md", "---\ntitle: [\n---\n");
    earlier.changed(Set.of(file("faq/a.md")));
    assertThrows(BuildFailedException.class, () -> loader.load(content.root()));
    write("faq/a.md", "A", 1, "body a");
    write("faq/c.md", "C", 3, "body c");
    earlier.changed(Set.of(file("faq/a.md")));
    assertEquals(List.of("body a\n", "body b\n", "body c\n"), bodies());
  }

  @Test
  void aFolderWithALinkInItIsListedEveryTime() throws IOException {
    Files.createDirectories(file("images"));
    Files.writeString(file("images/real.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    // A watcher reports an edit of the target only, never of the link's path.
    Files.createSymbolicLink(file("images/logo.svg"), file("images/real.svg"));
    loader.load(content.root());
    write("faq/c.md", "C", 3, "body c");
    earlier.changed(Set.of(file("faq/a.md")));
    assertEquals(List.of("body a\n", "body b\n", "body c\n"), bodies());
  }

  @Test
  void aFileReplacedByALinkIsListedAndItsTargetChecked() throws IOException {
    Files.writeString(dir.resolve("secret.md"), TestContent.page("S", "S", 9, "secret\n"));
    Files.delete(file("faq/b.md"));
    Files.createSymbolicLink(file("faq/b.md"), dir.resolve("secret.md"));
    earlier.changed(Set.of(file("faq/b.md")));
    BuildFailedException refused =
        assertThrows(BuildFailedException.class, () -> loader.load(content.root()));
    assertTrue(
        refused.getMessage().contains("links outside the content folder"), refused.getMessage());
  }

  @Test
  void anEditorsFileMadeAndRemovedBetweenTwoLoadsLeavesTheListingAsItWas() throws IOException {
    write("faq/a.md", "A", 1, "body x");
    write("faq/b.md", "B", 2, "body yy"); // missed: not looked at
    earlier.changed(Set.of(file("faq/a.md"), file("faq/4913"), file("faq/a.md~")));
    assertEquals(List.of("body x\n", "body b\n"), bodies());
  }

  @Test
  void aFolderMovedAwayListsTheFolderAgain() throws IOException {
    write("guide/c.md", "C", 3, "body c");
    loader.load(content.root());
    Files.move(file("guide"), dir.resolve("moved"));
    earlier.changed(Set.of(file("guide"))); // one event, for the folder only
    assertEquals(List.of("body a\n", "body b\n"), bodies());
  }
}
