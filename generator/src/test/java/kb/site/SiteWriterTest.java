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

/** Writing a site: all of it replaces the old one, or nothing changes. */
class SiteWriterTest {

  @TempDir Path out;

  private static List<String> tree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void newSiteReplacesTheOldOneCompletely() throws IOException {
    SiteWriter writer = new SiteWriter();
    writer.write(new Site("b", List.of(SiteFile.text("old.html", "old"))), out);
    writer.write(new Site("b", List.of(SiteFile.text("sub/new.html", "new"))), out);
    assertEquals(List.of("", "sub", "sub/new.html"), tree(out.resolve("b")));
    assertEquals("new", Files.readString(out.resolve("b/sub/new.html")));
    assertEquals(List.of("", "b", "b/sub", "b/sub/new.html"), tree(out), "no staging left");
  }

  @Test
  void failedWriteLeavesThePreviousSiteAsItWas() throws IOException {
    SiteWriter writer = new SiteWriter();
    writer.write(new Site("b", List.of(SiteFile.text("index.html", "v1"))), out);
    Site broken =
        new Site(
            "b",
            List.of(
                SiteFile.text("a.html", "v2"),
                SiteFile.copy("img/missing.png", out.resolve("does-not-exist.png"))));
    BuildFailedException e =
        assertThrows(BuildFailedException.class, () -> writer.write(broken, out));
    assertTrue(e.getMessage().contains("cannot write output folder"), e.getMessage());
    assertEquals("v1", Files.readString(out.resolve("b/index.html")));
    assertFalse(Files.exists(out.resolve("b/a.html")));
    assertEquals(List.of("", "b", "b/index.html"), tree(out), "staging removed");
  }

  @Test
  void outputFolderThatIsAFileIsAnInputError() throws IOException {
    Path file = Files.writeString(out.resolve("file"), "x");
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class,
            () -> new SiteWriter().write(new Site("b", List.of()), file.resolve("sub")));
    assertEquals(kb.diagnostic.ExitCode.INPUT_ERROR, e.exitCode());
  }

  @Test
  void writtenSiteFolderIsReadableByAWebServerOfAnotherUser() throws IOException {
    new SiteWriter().write(new Site("b", List.of(SiteFile.text("i.html", "i"))), out);
    assertEquals(
        "rwxr-xr-x",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("b"))));
  }

  @Test
  void leftoversOfAKilledBuildAreRemoved() throws IOException {
    Files.createDirectories(out.resolve(".b.staging-123/x"));
    new SiteWriter().write(new Site("b", List.of(SiteFile.text("i.html", "i"))), out);
    assertFalse(Files.exists(out.resolve(".b.staging-123")));
  }
}
