package kb.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.diagnostic.BuildFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kb serve's in-place update: only changed files are written, and files gone are deleted. */
class SiteUpdaterTest {

  @TempDir Path dir;

  private static Site site(SiteFile... files) {
    return new Site("alpha", List.of(files));
  }

  private List<String> files() throws IOException {
    Path root = dir.resolve("alpha");
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void firstUpdateWritesEveryFileIncludingCopies() throws IOException {
    Path image = Files.writeString(dir.resolve("a.svg"), "<svg/>");
    int written =
        new SiteUpdater()
            .update(
                site(SiteFile.text("index.html", "home"), SiteFile.copy("images/a.svg", image)),
                dir);
    assertEquals(2, written);
    assertEquals(List.of("images/a.svg", "index.html"), files());
    assertEquals("<svg/>", Files.readString(dir.resolve("alpha/images/a.svg")));
  }

  @Test
  void onlyFilesWhoseBytesChangedAreWritten() throws IOException {
    SiteUpdater updater = new SiteUpdater();
    updater.update(
        site(SiteFile.text("index.html", "home"), SiteFile.text("faq/a.html", "a")), dir);
    int written =
        updater.update(
            site(SiteFile.text("index.html", "home"), SiteFile.text("faq/a.html", "a, edited")),
            dir);
    assertEquals(1, written);
    assertEquals("a, edited", Files.readString(dir.resolve("alpha/faq/a.html")));
  }

  @Test
  void aFileItWroteIsTakenToBeOnDiskWhileANewOneIsComparedWithTheDisk() throws IOException {
    SiteUpdater updater = new SiteUpdater();
    SiteFile home = SiteFile.text("index.html", "home");
    updater.update(site(home), dir);
    Path written = dir.resolve("alpha/index.html");
    Files.writeString(written, "changed behind its back");
    assertEquals(0, updater.update(site(home), dir), "the same file object is not read again");
    assertEquals("changed behind its back", Files.readString(written));
    assertEquals(1, updater.update(site(SiteFile.text("index.html", "home")), dir));
    assertEquals("home", Files.readString(written));
    assertEquals(0, updater.update(site(SiteFile.text("index.html", "home")), dir));
  }

  @Test
  void aFileLeftByAFailedUpdateIsDeletedByTheNextEvenWithTheEarlierList() throws IOException {
    SiteUpdater updater = new SiteUpdater();
    updater.update(site(SiteFile.text("index.html", "home")), dir);
    Files.createDirectories(dir.resolve("alpha/c.html/blocked"));
    assertThrows(
        BuildFailedException.class,
        () ->
            updater.update(
                site(
                    SiteFile.text("index.html", "home"),
                    SiteFile.text("b.html", "b"),
                    SiteFile.text("c.html", "c")),
                dir));
    assertTrue(Files.exists(dir.resolve("alpha/b.html")), "written before the failure");
    updater.update(site(SiteFile.text("index.html", "home")), dir);
    assertEquals(List.of("index.html"), files());
  }

  @Test
  void filesTheSiteNoLongerHasAreDeletedWithTheirEmptyFolders() throws IOException {
    SiteUpdater updater = new SiteUpdater();
    updater.update(
        site(SiteFile.text("index.html", "home"), SiteFile.text("old/gone.html", "x")), dir);
    updater.update(site(SiteFile.text("index.html", "home")), dir);
    assertEquals(List.of("index.html"), files());
    assertFalse(Files.exists(dir.resolve("alpha/old")));
  }

  @Test
  void noTemporaryFileIsLeftBehind() throws IOException {
    new SiteUpdater().update(site(SiteFile.text("index.html", "home")), dir);
    try (Stream<Path> walk = Files.walk(dir.resolve("alpha"))) {
      assertTrue(walk.noneMatch(p -> p.getFileName().toString().startsWith(".")));
    }
  }

  @Test
  void pathLeavingTheSiteIsRefused() {
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class,
            () -> new SiteUpdater().update(site(SiteFile.text("../x.html", "x")), dir));
    assertTrue(e.getMessage().contains("site path leaves the site: ../x.html"), e.getMessage());
  }
}
