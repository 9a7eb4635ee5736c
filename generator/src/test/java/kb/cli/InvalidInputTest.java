package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, one fixture folder each under {@code fixtures/invalid/<case>/}: {@code kb build} and
 * {@code kb check} exit with the code in {@code expected.txt} and print its error as the first
 * line, naming the file and line; nothing is written.
 */
class InvalidInputTest {

  private static final Path FIXTURES =
      TestContent.repoRoot().resolve("generator/src/test/resources/fixtures/invalid");

  @TempDir Path out;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  private record Expected(int exit, String error) {
    static Expected of(Path file) throws IOException {
      List<String> lines = Files.readAllLines(file);
      String error = lines.size() > 1 ? lines.get(1).substring("error: ".length()) : "";
      return new Expected(Integer.parseInt(lines.get(0).substring("exit: ".length())), error);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsWithTheExpectedExitCodeAndMessage(String name) throws IOException {
    Path fixture = FIXTURES.resolve(name);
    Expected expected = Expected.of(fixture.resolve("expected.txt"));
    Path templates =
        Files.isDirectory(fixture.resolve("templates"))
            ? fixture.resolve("templates")
            : TestContent.repoRoot().resolve("templates");
    String content = fixture.resolve("content").toString();
    for (String command : List.of("build", "check")) {
      Cli cli =
          "build".equals(command)
              ? Cli.run(
                  "build",
                  "--content",
                  content,
                  "--templates",
                  templates.toString(),
                  "--out",
                  out.toString())
              : Cli.run("check", "--content", content, "--templates", templates.toString());
      assertEquals(expected.exit(), cli.exitCode(), command + ": " + cli.err());
      String first =
          cli.err()
              .lines()
              .findFirst()
              .orElse("")
              .replace(content, "<content>")
              .replace(templates.toString(), "<templates>");
      if (!expected.error().isEmpty()) {
        assertEquals(expected.error(), first, command);
      } else {
        assertTrue(
            first.matches("<content>/\\S+:\\d+(:\\d+)?: .+|\\S+\\.mustache:\\d+: .+"), first);
      }
      assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
      assertTrue(cli.err().contains("kb: failed with"), cli.err());
    }
    try (Stream<Path> written = Files.list(out)) {
      assertEquals(List.of(), written.toList(), "nothing written");
    }
  }

  @Test
  void missingContentFolderExitsWithTwo() {
    Cli cli = Cli.run("check", "--content", out.resolve("content").toString());
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().startsWith(out.resolve("content") + ": content folder not found"));
  }

  @Test
  void outputFolderThatCannotBeWrittenExitsWithTwo() throws IOException {
    Path blocker = Files.writeString(out.resolve("not-a-folder"), "x");
    Path content = FIXTURES.resolve("brand-leak/content");
    TestContent copy = TestContent.twoBrands(out);
    copy.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nOk.\n"));
    Cli cli =
        Cli.run(
            "build",
            "--content",
            copy.root().toString(),
            "--templates",
            TestContent.repoRoot().resolve("templates").toString(),
            "--out",
            blocker.resolve("site").toString());
    assertEquals(2, cli.exitCode(), cli.err());
    assertTrue(
        cli.err().startsWith(blocker.resolve("site") + ": cannot write output folder"), cli.err());
    assertTrue(Files.exists(content), "fixture untouched");
  }

  @Test
  void verboseShowsTheStackTraceOfAUserError() {
    Path content = FIXTURES.resolve("unknown-variable/content");
    Cli quiet = Cli.run("check", "--content", content.toString());
    Cli verbose = Cli.run("check", "--verbose", "--content", content.toString());
    assertFalse(quiet.err().contains("BuildFailedException"));
    assertTrue(verbose.err().contains("kb.diagnostic.BuildFailedException"), verbose.err());
  }
}
