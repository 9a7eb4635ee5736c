package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.TestContent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's build progress: a line rewritten in place on a real terminal, log lines in a pipe. */
class ProgressTerminalIT {

  private static final Path SCRIPT = Path.of("/usr/bin/script");

  @TempDir Path dir;

  private String buildCommand() {
    return String.join(
        " ",
        "java",
        "-jar",
        quote(System.getProperty("kb.jar")),
        "build",
        "--out",
        quote(dir.resolve("out").toString()));
  }

  private static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  private String run(List<String> command) throws IOException, InterruptedException {
    Path output = dir.resolve("output");
    Process process =
        new ProcessBuilder(command)
            .directory(TestContent.repoRoot().toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    assertEquals(0, process.waitFor(), Files.readString(output));
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  @Test
  void onATerminalAllSitesShareOneLineRewrittenInPlace() throws Exception {
    // script(1) runs the jar on a pseudo-terminal, as a user's shell would.
    Assumptions.assumeTrue(Files.isExecutable(SCRIPT), "util-linux script is not installed");
    String output = run(List.of(SCRIPT.toString(), "-qec", buildCommand(), "/dev/null"));
    // Every site (a brand in one language) has its part of the line; it ends with all done.
    assertTrue(output.contains("futu: 0/4 pages"), output);
    assertTrue(
        output.contains(
            "\r\033[Kfutu: 4/4 pages, futu/zh-CN: 4/4 pages, futu/zh-HK: 4/4 pages,"
                + " moomoo: 4/4 pages, moomoo/zh-CN: 4/4 pages, moomoo/zh-HK: 4/4 pages\r\n"),
        output);
    assertTrue(output.contains("built moomoo: 12 pages, 114 questions"), output);
  }

  @Test
  void inAPipeEachSiteHasOnePlainLine() throws Exception {
    String output = run(List.of("sh", "-c", buildCommand()));
    // Each site (a brand in one language) has its line once its pages are rendered.
    List<String> lines = output.lines().toList();
    assertEquals(
        List.of(
            "futu: 4/4 pages rendered",
            "futu/zh-CN: 4/4 pages rendered",
            "futu/zh-HK: 4/4 pages rendered",
            "moomoo: 4/4 pages rendered",
            "moomoo/zh-CN: 4/4 pages rendered",
            "moomoo/zh-HK: 4/4 pages rendered"),
        lines.subList(0, 6),
        output);
    assertFalse(output.contains("\033"), output);
  }
}
