package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code kb build} prints as it goes when its output is not a terminal, and with --quiet. */
class BuildProgressOutputTest {

  @TempDir Path dir;

  private Cli build(TestContent content, String... extra) {
    String[] base = {
      "build",
      "--content",
      content.root().toString(),
      "--templates",
      TestContent.repoRoot().resolve("templates").toString(),
      "--out",
      dir.resolve("out").toString()
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return Cli.run(args);
  }

  private TestContent twoPages() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nYes.\n"));
    content.write("faq/b.md", TestContent.page("B", "B", 2, "## R? {#2}\n\nNo.\n"));
    return content;
  }

  @Test
  void withoutATerminalEachBrandGetsOnePlainLogLine() {
    Cli cli = build(twoPages());
    assertEquals(0, cli.exitCode(), cli.err());
    String[] lines = cli.out().split("\n");
    // Brands are built side by side: their lines come in the order they finish.
    assertEquals(
        List.of("alpha: 2/2 pages rendered", "beta: 2/2 pages rendered"),
        Stream.of(lines[0], lines[1]).sorted().toList());
    assertTrue(lines[2].startsWith("built alpha: 2 pages"), cli.out());
    assertFalse(cli.out().contains("\r"), "no terminal control characters in a log");
  }

  @Test
  void quietPrintsNothingWhenTheBuildWorks() {
    Cli cli = build(twoPages(), "--quiet");
    assertEquals(0, cli.exitCode(), cli.err());
    assertEquals("", cli.out());
    assertEquals("", cli.err());
  }

  @Test
  void quietStillPrintsErrors() {
    TestContent content = twoPages();
    content.write("faq/b.md", TestContent.page("B", "B", 2, "## R? {#2}\n\n{{nope}}\n"));
    Cli cli = build(content, "--quiet");
    assertEquals(1, cli.exitCode());
    assertEquals("", cli.out());
    assertTrue(cli.err().contains("faq/b.md:8:1: unknown variable 'nope'"), cli.err());
  }
}
