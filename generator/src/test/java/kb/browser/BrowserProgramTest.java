package kb.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The browser tests find Chromium and its driver wherever the PATH or a variable says. */
class BrowserProgramTest {

  @TempDir Path dir;

  private Path program(String folder, String name, String permissions) throws IOException {
    Path file = Files.createDirectories(dir.resolve(folder)).resolve(name);
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    return file;
  }

  private String path(String... folders) {
    StringBuilder path = new StringBuilder();
    for (String folder : folders) {
      path.append(path.length() == 0 ? "" : File.pathSeparator).append(dir.resolve(folder));
    }
    return path.toString();
  }

  @Test
  void foundInTheFirstFolderOfThePathThatHasIt() throws IOException {
    program("b", "chromium", "rwxr-xr-x");
    Path first = program("c", "chromium", "rwxr-xr-x");
    program("a", "chromedriver", "rwxr-xr-x");
    Map<String, String> env = Map.of("PATH", path("a", "c", "b"));
    assertEquals(Optional.of(first), BrowserProgram.CHROMIUM.find(env));
  }

  @Test
  void aFileThatCannotRunOrAFolderIsPassedOver() throws IOException {
    program("a", "chromedriver", "rw-r--r--");
    Files.createDirectories(dir.resolve("b/chromedriver"));
    Path runnable = program("c", "chromedriver", "rwxr-xr-x");
    Map<String, String> env = Map.of("PATH", path("a", "b", "c"));
    assertEquals(Optional.of(runnable), BrowserProgram.CHROMEDRIVER.find(env));
  }

  @Test
  void theVariableComesBeforeThePath() throws IOException {
    program("bin", "chromium", "rwxr-xr-x");
    Path chrome = program("opt", "chrome", "rwxr-xr-x");
    Map<String, String> env = Map.of("PATH", path("bin"), "KB_CHROMIUM", chrome.toString());
    assertEquals(Optional.of(chrome), BrowserProgram.CHROMIUM.find(env));
  }

  @Test
  void notOnThePathIsNotFound() {
    assertEquals(Optional.empty(), BrowserProgram.CHROMIUM.find(Map.of("PATH", path("none"))));
    assertEquals(Optional.empty(), BrowserProgram.CHROMEDRIVER.find(Map.of()));
  }

  @Test
  void aVariableNamingNoProgramIsAMistakeNamingIt() {
    Path missing = dir.resolve("nope/chromedriver");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BrowserProgram.CHROMEDRIVER.find(Map.of("KB_CHROMEDRIVER", missing.toString())));
    assertEquals("KB_CHROMEDRIVER=" + missing + " is not an executable file", e.getMessage());
  }

  @Test
  void withoutChromiumTheBrowserTestsAreSkippedSayingHowToGetIt() {
    TestAbortedException e =
        assertThrows(
            TestAbortedException.class,
            () -> Browser.require(BrowserProgram.CHROMIUM, Map.of("PATH", path("none"))));
    assertEquals(
        "Assumption failed: browser tests skipped: no chromium (not on the PATH; or set"
            + " KB_CHROMIUM to its file) (apt-get install chromium chromium-driver)",
        e.getMessage());
  }

  @Test
  void withoutChromiumOnCiTheBrowserTestsFail() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () ->
                Browser.require(
                    BrowserProgram.CHROMEDRIVER, Map.of("PATH", path("none"), "CI", "true")));
    assertEquals(
        "CI=true but chromedriver (not on the PATH; or set KB_CHROMEDRIVER to its file) is"
            + " missing: install chromium and chromium-driver (.ci/run does)",
        e.getMessage());
  }

  @Test
  void aVariableNamingNoProgramFailsTheBrowserTestsEvenOffCi() throws IOException {
    Path text = program("a", "chromium", "rw-r--r--");
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () -> Browser.require(BrowserProgram.CHROMIUM, Map.of("KB_CHROMIUM", text.toString())));
    assertEquals(
        "browser tests: KB_CHROMIUM=" + text + " is not an executable file", e.getMessage());
  }
}
