package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kb.TestContent;
import kb.build.BrandReport;
import kb.build.SiteBuild;
import kb.site.OutputHolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds into one output folder: the second exits 2 saying which build holds the folder, and
 * the first is not disturbed; a build that was killed holds nothing.
 */
class OutputLockTest {

  @TempDir Path dir;

  private TestContent content;
  private Path out;

  @BeforeEach
  void writeContent() {
    content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nYes.\n"));
    out = dir.resolve("out");
  }

  private Cli build(String command) {
    return Cli.run(
        command,
        "--brand",
        "alpha",
        "--content",
        content.root().toString(),
        "--templates",
        TestContent.repoRoot().resolve("templates").toString(),
        "--out",
        out.toString());
  }

  @Test
  void aSecondBuildIntoTheSameFolderExitsWithTwoAndTheFirstFinishes() throws Exception {
    CountDownLatch rendered = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    // The first build waits once its pages are rendered, its sites staged but not published.
    SiteBuild paused =
        new SiteBuild(
            (brand, done, total) -> {
              if (done == total && total > 0) {
                rendered.countDown();
                await(resume);
              }
            });
    CompletableFuture<List<BrandReport>> first =
        CompletableFuture.supplyAsync(() -> paused.run(content.options(out, "all")));
    try {
      assertTrue(rendered.await(60, TimeUnit.SECONDS), "the first build renders");
      for (String command : List.of("build", "bundle")) {
        Cli second = build(command);
        assertEquals(2, second.exitCode(), second.err());
        String line = second.err().lines().findFirst().orElse("");
        String pid = "pid " + ProcessHandle.current().pid() + " on ";
        assertTrue(line.startsWith(out + ": in use by another kb build (" + pid), line);
        assertTrue(
            second.err().contains("hint: wait for it to finish, or choose another --out"),
            second.err());
      }
    } finally {
      resume.countDown();
    }
    assertEquals(2, first.get(60, TimeUnit.SECONDS).size());
    assertTrue(Files.isRegularFile(out.resolve("alpha/index.html")));
    assertTrue(Files.isRegularFile(out.resolve("beta/index.html")));
    assertFalse(Files.exists(out.resolve(".kb-lock")), "released");
    assertEquals(0, build("build").exitCode(), "and free for the next build");
  }

  @Test
  void aBuildInAnotherProcessHoldsTheFolderUntilItIsKilled() throws Exception {
    Process holder =
        new ProcessBuilder(
                "java",
                "-cp",
                System.getProperty("java.class.path"),
                OutputHolder.class.getName(),
                out.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      BufferedReader said =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("holding " + holder.pid(), said.readLine());
      Cli refused = build("build");
      assertEquals(2, refused.exitCode(), refused.err());
      String line = refused.err().lines().findFirst().orElse("");
      assertTrue(
          line.startsWith(out + ": in use by another kb build (pid " + holder.pid() + " on "),
          line);
      assertFalse(Files.exists(out.resolve("alpha")), "nothing written");
    } finally {
      holder.destroyForcibly();
      holder.waitFor(60, TimeUnit.SECONDS);
    }
    // Killed, it left its lock file; the lock itself died with it.
    assertTrue(Files.exists(out.resolve(".kb-lock")));
    Cli next = build("build");
    assertEquals(0, next.exitCode(), next.err());
    assertTrue(Files.isRegularFile(out.resolve("alpha/index.html")));
    assertFalse(Files.exists(out.resolve(".kb-lock")));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
