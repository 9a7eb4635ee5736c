package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import kb.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb build}: exit codes, the summary, and one line per error without stack traces. */
class BuildCommandTest {

  @TempDir Path dir;

  private final String templates = TestContent.repoRoot().resolve("templates").toString();

  private Cli build(TestContent content, String... extra) {
    String[] base = {
      "build",
      "--content",
      content.root().toString(),
      "--templates",
      templates,
      "--out",
      dir.resolve("out").toString()
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return Cli.run(args);
  }

  @Test
  void buildsEveryBrandAndPrintsASummary() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nYes.\n"));
    Cli cli = build(content);
    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(cli.out().contains("built alpha: 1 pages, 1 questions"), cli.out());
    assertTrue(cli.out().contains("built beta: 1 pages, 1 questions"), cli.out());
    assertTrue(Files.isRegularFile(dir.resolve("out/alpha/faq/a.html")));
    assertTrue(Files.isRegularFile(dir.resolve("out/beta/index.html")));
  }

  @Test
  void buildsOnlyTheBrandAskedFor() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nYes.\n"));
    Cli cli = build(content, "--brand", "beta");
    assertEquals(0, cli.exitCode(), cli.err());
    assertFalse(Files.exists(dir.resolve("out/alpha")));
    assertTrue(Files.exists(dir.resolve("out/beta/index.html")));
  }

  @Test
  void unknownVariableExitsWithOneAndOneLineNamingFileAndLine() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nUse {{nope}}.\n"));
    Cli cli = build(content);
    assertEquals(1, cli.exitCode());
    String first = cli.err().lines().findFirst().orElseThrow();
    assertTrue(first.endsWith("faq/a.md:8:5: unknown variable 'nope' for brand alpha"), cli.err());
    assertFalse(cli.err().contains("Exception"), cli.err());
    assertFalse(cli.err().contains("\tat "), cli.err());
    assertFalse(Files.exists(dir.resolve("out/alpha")), "nothing written when a brand fails");
  }

  @Test
  void pageNamed404ExitsWithTwoAndOneErrorSayingWhy() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nYes.\n"));
    content.write("404.md", TestContent.page("Gone", "Gone", 2, "## Q2? {#2}\n\nNo.\n"));
    Cli cli = build(content);
    assertEquals(2, cli.exitCode(), cli.err());
    assertEquals(
        content.root().resolve("404.md")
            + ": page would be written to 404.html, which kb writes itself: the page for missing"
            + " URLs, from "
            + Path.of(templates).resolve("not-found.mustache")
            + "\n  hint: rename the page\nkb: failed with 1 problem\n",
        cli.err());
    assertFalse(Files.exists(dir.resolve("out/alpha")));
  }

  @Test
  void missingContentFolderExitsWithTwo() {
    Cli cli =
        Cli.run("build", "--content", dir.resolve("none").toString(), "--templates", templates);
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().contains("none: content folder not found"), cli.err());
  }

  @Test
  void unknownBrandExitsWithTwoAndListsBrands() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "x\n"));
    Cli cli = build(content, "--brand", "gamma");
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().contains("unknown brand 'gamma'"), cli.err());
    assertTrue(cli.err().contains("known brands: alpha, beta, or all"), cli.err());
  }

  @Test
  void unknownOptionExitsWithTwo() {
    Cli cli = Cli.run("build", "--colour");
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().contains("Unknown option: '--colour'"), cli.err());
  }

  @Test
  void helpAndVersionExitWithZero() {
    Cli help = Cli.run("--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("build"), help.out());
    Cli buildHelp = Cli.run("build", "--help");
    assertTrue(buildHelp.out().contains("--brand=ID"), buildHelp.out());
    Cli version = Cli.run("--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().startsWith("kb "), version.out());
  }
}
