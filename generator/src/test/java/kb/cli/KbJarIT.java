package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a separate process the way the README tells a user to. */
class KbJarIT {

  @TempDir Path dir;

  private ProcessRun kb(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-jar", System.getProperty("kb.jar")));
    command.addAll(List.of(args));
    return ProcessRun.of(dir, command);
  }

  @Test
  void buildsBothShippedBrandSitesFromTheCommandLine() throws Exception {
    Path out = dir.resolve("site-output");
    ProcessRun run = kb("build", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("built futu: 12 pages, 114 questions"), run.out());
    assertTrue(run.out().contains("built moomoo: 12 pages, 114 questions"), run.out());
    assertTrue(Files.isRegularFile(out.resolve("futu/index.html")));
    assertTrue(Files.isRegularFile(out.resolve("moomoo/faq/opend.html")));
    ProcessRun search = kb("search", "--brand", "moomoo", "--out", out.toString(), "device lock");
    assertEquals(0, search.exitCode(), search.err());
    assertTrue(search.out().lines().findFirst().orElseThrow().endsWith("faq/opend.html#2453"));
  }

  @Test
  void buildsAndBundlesIntoFoldersNamedRelativeToTheWorkingFolder() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    List<String> sources =
        List.of(
            "--content",
            TestContent.repoRoot().resolve("content").toString(),
            "--templates",
            TestContent.repoRoot().resolve("templates").toString());
    for (String out : List.of("./public", ".")) {
      List<String> build = new ArrayList<>(List.of("java", "-jar", System.getProperty("kb.jar")));
      build.addAll(List.of("build", "--out", out));
      build.addAll(sources);
      ProcessRun built = ProcessRun.in(work, dir, build);
      assertEquals(0, built.exitCode(), out + ": " + built.err());
      assertTrue(Files.isRegularFile(work.resolve(out).resolve("futu/index.html")), out);
      List<String> bundle = new ArrayList<>(build);
      bundle.set(3, "bundle");
      bundle.addAll(List.of("--brand", "moomoo"));
      ProcessRun bundled = ProcessRun.in(work, dir, bundle);
      assertEquals(0, bundled.exitCode(), out + ": " + bundled.err());
      assertTrue(Files.isRegularFile(work.resolve(out).resolve("moomoo-offline.zip")), out);
    }
  }

  @Test
  void contentErrorExitsNonZeroWithFileAndLineAndNoStackTrace() throws Exception {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\n[x](gone.md)\n"));
    ProcessRun run =
        kb("build", "--content", content.root().toString(), "--out", dir.resolve("o").toString());
    assertEquals(1, run.exitCode());
    assertTrue(
        run.err().contains("faq/a.md:8:1: link target 'gone.md' not found for brand alpha"),
        run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void versionAndHelp() throws Exception {
    ProcessRun version = kb("--version");
    assertEquals(0, version.exitCode());
    assertEquals("kb 0.1.0", version.out().strip());
    ProcessRun help = kb("build", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("--templates=DIR"), help.out());
  }
}
