package kb.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import kb.diagnostic.BuildFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging a site: all of it replaces the old one, or nothing changes. */
class StagedSiteTest {

  @TempDir Path out;

  @Test
  void filesWrittenBeforePublishingStayOutOfTheSiteUntilThen() throws IOException {
    Files.createDirectories(out.resolve("b"));
    Files.writeString(out.resolve("b/index.html"), "old");
    try (OutputFolder folder = open(out, "b");
        StagedSite site = folder.stage("b")) {
      site.write(List.of("index.html", "faq/a.html"), p -> SiteFile.text(p, "new " + p));
      assertEquals("old", Files.readString(out.resolve("b/index.html")));
      assertFalse(Files.exists(out.resolve("b/faq")));
      folder.publish(List.of(site));
      assertEquals(2, site.files());
      assertEquals("new index.html".length() + "new faq/a.html".length(), site.bytes());
    }
    assertEquals("new faq/a.html", Files.readString(out.resolve("b/faq/a.html")));
  }

  @Test
  void aFailingFileStopsTheWriteOnlyOnceEveryOtherFileIsWritten() throws IOException {
    try (OutputFolder folder = open(out, "b");
        StagedSite site = folder.stage("b")) {
      List<Integer> items = java.util.stream.IntStream.range(0, 200).boxed().toList();
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () ->
                  site.write(
                      items,
                      i -> {
                        if (i == 100) {
                          throw new IllegalStateException("page 100");
                        }
                        return SiteFile.text("p/" + i + ".html", "x");
                      }));
      assertEquals("page 100", e.getMessage());
      // Nothing is still being written when the failure reaches the caller, who then cleans up.
      try (var written = Files.list(site.folder().resolve("p"))) {
        assertEquals(199, written.count());
      }
    }
    try (var left = Files.list(out)) {
      assertEquals(List.of(), left.toList());
    }
  }

  @Test
  void anUnpublishedSiteLeavesNothingBehindNotEvenTheFoldersMadeForIt() throws IOException {
    try (OutputFolder folder = open(out, ".lucene/b");
        StagedSite site = folder.stage(".lucene/b")) {
      site.write(SiteFile.text("x", "x"));
      assertTrue(Files.isDirectory(out.resolve(".lucene")));
    }
    try (var left = Files.list(out)) {
      assertEquals(List.of(), left.toList());
    }
  }

  private static List<String> tree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void newSiteReplacesTheOldOneCompletely() throws IOException {
    write(new Site("b", List.of(SiteFile.text("old.html", "old"))), out);
    write(new Site("b", List.of(SiteFile.text("sub/new.html", "new"))), out);
    assertEquals(List.of("", ".kb-site", "sub", "sub/new.html"), tree(out.resolve("b")));
    assertEquals("new", Files.readString(out.resolve("b/sub/new.html")));
    assertEquals(
        List.of("", "b", "b/.kb-site", "b/sub", "b/sub/new.html"), tree(out), "no staging left");
  }

  @Test
  void failedWriteLeavesThePreviousSiteAsItWas() throws IOException {
    write(new Site("b", List.of(SiteFile.text("index.html", "v1"))), out);
    Site broken =
        new Site(
            "b",
            List.of(
                SiteFile.text("a.html", "v2"),
                SiteFile.copy("img/missing.png", out.resolve("does-not-exist.png"))));
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> write(broken, out));
    assertTrue(e.getMessage().contains("cannot write output folder"), e.getMessage());
    assertEquals("v1", Files.readString(out.resolve("b/index.html")));
    assertFalse(Files.exists(out.resolve("b/a.html")));
    assertEquals(List.of("", "b", "b/.kb-site", "b/index.html"), tree(out), "staging removed");
  }

  @Test
  void outputFolderThatIsAFileIsAnInputError() throws IOException {
    Path file = Files.writeString(out.resolve("file"), "x");
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class, () -> write(new Site("b", List.of()), file.resolve("sub")));
    assertEquals(kb.diagnostic.ExitCode.INPUT_ERROR, e.exitCode());
  }

  @Test
  void writtenSiteFolderIsReadableByAWebServerOfAnotherUser() throws IOException {
    write(new Site("b", List.of(SiteFile.text("i.html", "i"))), out);
    assertEquals(
        "rwxr-xr-x",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("b"))));
  }

  @Test
  void leftoversOfAKilledBuildAreRemoved() throws IOException {
    Files.createDirectories(out.resolve(".b.staging-123/x"));
    write(new Site("b", List.of(SiteFile.text("i.html", "i"))), out);
    assertFalse(Files.exists(out.resolve(".b.staging-123")));
  }

  private static OutputFolder open(Path out, String site) {
    return OutputFolder.open(out, List.of(), List.of(site));
  }

  /** Writes a whole site and publishes it, as kb build does with each brand. */
  private static void write(Site site, Path out) {
    try (OutputFolder folder = open(out, site.name());
        StagedSite staged = folder.stage(site.name())) {
      staged.write(site.files(), file -> file);
      folder.publish(List.of(staged));
    }
  }
}
