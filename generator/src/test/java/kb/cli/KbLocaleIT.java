package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kb.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that are not ASCII under {@code LANG=C} (issue 23): {@code ./kb} builds them, and the jar
 * run in that locale names each file it cannot read, exit 2, instead of failing as a bug.
 */
class KbLocaleIT {

  /** The locale of many CI containers: file names are ASCII to the JVM. */
  private static final Map<String, String> POSIX = Map.of("LANG", "C", "LC_ALL", "C");

  @TempDir Path dir;

  private TestContent content;

  @BeforeEach
  void writeContent() {
    // This JVM writes the names, so it needs a UTF-8 locale itself.
    assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "test JVM not in UTF-8");
    content = TestContent.twoBrands(dir);
    content.write(
        "faq/\u00e7ay.md",
        TestContent.page(
            "\u00c7ay", "Tea", 1, "## Q? {#1}\n\n![order](../images/\u8ba2\u5355.svg)\n"));
    content.write("images/\u8ba2\u5355.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
  }

  private ProcessRun run(List<String> command) throws IOException, InterruptedException {
    return ProcessRun.of(dir, command, POSIX);
  }

  private List<String> build(String... launcher) {
    List<String> command = new ArrayList<>(List.of(launcher));
    command.addAll(
        List.of(
            "build",
            "--content",
            content.root().toString(),
            "--templates",
            TestContent.repoRoot().resolve("templates").toString(),
            "--out",
            dir.resolve("out").toString()));
    return command;
  }

  @Test
  void launcherBuildsPagesAndImagesWithNamesThatAreNotAscii() throws Exception {
    ProcessRun build = run(build("sh", "kb"));
    assertEquals(0, build.exitCode(), build.err());
    assertTrue(Files.isRegularFile(dir.resolve("out/alpha/faq/\u00e7ay.html")));
    assertTrue(Files.isRegularFile(dir.resolve("out/beta/images/\u8ba2\u5355.svg")));
  }

  @Test
  void jarInThePosixLocaleNamesEachFileItCannotReadAndExitsWithTwo() throws Exception {
    ProcessRun build = run(build("java", "-jar", System.getProperty("kb.jar")));
    assertEquals(2, build.exitCode(), build.err());
    String problem =
        ": file name cannot be read in this locale's character set (ANSI_X3.4-1968)\n"
            + "  hint: run kb in a UTF-8 locale, for example LC_ALL=C.UTF-8 (./kb picks one itself)\n";
    assertTrue(build.err().startsWith(content.root().resolve("faq") + "/"), build.err());
    assertTrue(build.err().contains("ay.md" + problem), build.err());
    assertTrue(build.err().contains(content.root().resolve("images") + "/"), build.err());
    assertTrue(build.err().contains(".svg" + problem), build.err());
    assertTrue(build.err().endsWith("kb: failed with 2 problems\n"), build.err());
    assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
  }

  @Test
  void jarInThePosixLocaleSaysWhyAPathArgumentCannotBeUsed() throws Exception {
    ProcessRun build =
        run(List.of("java", "-jar", System.getProperty("kb.jar"), "build", "--out", "\u00e7a"));
    assertEquals(2, build.exitCode(), build.err());
    assertTrue(build.err().startsWith("kb: Invalid value for option '--out': '"), build.err());
    assertTrue(
        build
            .err()
            .endsWith(
                "a' cannot be a file name in this locale's character set (ANSI_X3.4-1968); run kb in"
                    + " a UTF-8 locale, for example LC_ALL=C.UTF-8 (./kb picks one itself)\n"
                    + "Try 'kb --help'.\n"),
        build.err());
  }
}
