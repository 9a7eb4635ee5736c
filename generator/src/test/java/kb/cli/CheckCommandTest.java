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
                "(?s)futu: 3 pages, 63 questions, \\d+ links checked, no problems\\n"
                    + "moomoo: 3 pages, 63 questions, \\d+ links checked, no problems\\ncheck passed\\n"),
        cli.out());
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
