package kb.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The places kb never publishes into, however they are spelled; each an input error (exit 2). */
class OutputLocationTest {

  @TempDir Path dir;

  private static String refusal(Path out, List<Path> sources, String site, Path home) {
    BuildFailedException e =
        assertThrows(
            BuildFailedException.class,
            () -> OutputLocation.check(out, sources, List.of(site), home));
    assertEquals(ExitCode.INPUT_ERROR, e.exitCode());
    return e.diagnostics().get(0).format().lines().findFirst().orElseThrow();
  }

  @Test
  void theHomeFolderIsRefused() {
    Path home = dir.resolve("home/me");
    assertEquals(
        home + "/.: cannot publish into the home folder",
        refusal(home.resolve("."), List.of(), "futu", home));
  }

  @Test
  void aSiteFolderHoldingTheHomeFolderIsRefused() {
    Path home = dir.resolve("home/me");
    assertEquals(
        dir.resolve("home") + ": cannot publish here: it holds the home folder",
        refusal(dir, List.of(), "home", home));
  }

  @Test
  void aFolderReachedThroughALinkIsJudgedWhereItIs() throws IOException {
    Path content = Files.createDirectories(dir.resolve("content"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), content);
    assertEquals(
        link.resolve("futu") + ": cannot publish here: inside " + content + ", a folder kb reads",
        refusal(link, List.of(content), "futu", null));
  }

  @Test
  void anOrdinaryFolderIsAcceptedNormalized() {
    Path out = dir.resolve("a/./b/../site-output");
    assertEquals(
        dir.resolve("a/site-output"),
        OutputLocation.check(out, List.of(dir.resolve("content")), List.of("futu"), dir));
  }
}
