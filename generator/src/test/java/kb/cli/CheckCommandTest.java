package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import kb.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb check}: a summary and exit 0 when clean, diagnostics and exit 1 when not. */
class CheckCommandTest {

  @TempDir Path dir;

  @Test
  void shippedContentPassesWithASummaryPerBrand() {
    Path repo = TestContent.repoRoot();
    Cli cli =
        Cli.run(
            "check",
            "--content",
            repo.resolve("content").toString(),
            "--templates",
            repo.resolve("templates").toString());
    assertEquals(0, cli.exitCode(), cli.err());
    assertTrue(
        cli.out()
            .matches(
                "futu: 12 pages, 114 questions, \\d+ links checked, no problems\\n"
                    + "futu/zh-CN: 38 of 38 questions translated, 0 stale, 0 unverified\\n"
                    + "futu/zh-HK: 38 of 38 questions translated, 0 stale, 0 unverified\\n"
                    + "moomoo: 12 pages, 114 questions, \\d+ links checked, no problems\\n"
                    + "moomoo/zh-CN: 38 of 38 questions translated, 0 stale, 0 unverified\\n"
                    + "moomoo/zh-HK: 38 of 38 questions translated, 0 stale, 0 unverified\\n"
                    + "check passed\\n"),
        cli.out());
  }

  @Test
  void translationGapsArePrintedButAreNoProblems() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("languages.yml", "source: en\ntranslations: [zh-CN]\n");
    content.write(
        "brands/alpha.yml",
        TestContent.brand("alpha", "Alpha", "alpha", "#112233")
            .replace("\nsite:\n", "\nsite:\n  languages: [en, zh-CN]\n"));
    content.write(
        "faq/a.md", TestContent.page("A", "A", 1, "## One {#1}\n\nA.\n\n## Two {#2}\n\nB.\n"));
    content.write(
        "faq/a.zh-CN.md", TestContent.page("甲", "甲", 1, "## 一 {#1 from=00000000}\n\n甲。\n"));
    Cli cli =
        Cli.run(
            "check",
            "--brand",
            "alpha",
            "--content",
            content.root().toString(),
            "--templates",
            TestContent.repoRoot().resolve("templates").toString());
    assertEquals(0, cli.exitCode(), cli.err());
    assertEquals("", cli.err());
    String file = content.root().resolve("faq") + "/";
    assertEquals(
        String.join(
            "\n",
            "alpha: 2 pages, 3 questions, " + links(cli.out()) + " links checked, no problems",
            "alpha/zh-CN: 1 of 2 questions translated, 1 stale, 0 unverified",
            file
                + "a.zh-CN.md:6: stale translation of {#1}: its source changed (now from=d24c2d98)",
            file + "a.md:10: {#2} has no zh-CN translation",
            "check passed",
            ""),
        cli.out());
  }

  /** The number of links the first summary line counted. */
  private static String links(String out) {
    return out.replaceFirst("(?s)^[^,]*, [^,]*, (\\d+) links.*", "$1");
  }

  @Test
  void failingCheckExitsWithOneAndWritesNothing() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\n[x](b.md#9)\n"));
    Cli cli =
        Cli.run(
            "check",
            "--content",
            content.root().toString(),
            "--templates",
            TestContent.repoRoot().resolve("templates").toString());
    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().contains("faq/a.md:8:1: link target 'b.md#9' not found for brand alpha"));
    assertTrue(cli.err().contains("faq/a.md:8:1: link target 'b.md#9' not found for brand beta"));
    assertFalse(Files.exists(Path.of("unused")));
  }
}
