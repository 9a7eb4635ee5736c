package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb serve}: serves until stopped and cleans up, or fails at once with a clear error. */
class ServeCommandTest {

  @TempDir Path dir;

  private TestContent content() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nYes.\n"));
    return content;
  }

  private static String[] serve(TestContent content, String... extra) {
    String[] base = {
      "serve",
      "--content",
      content.root().toString(),
      "--templates",
      TestContent.repoRoot().resolve("templates").toString()
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return args;
  }

  private static String awaitLine(StringWriter out, Pattern line) throws InterruptedException {
    for (int i = 0; i < 400; i++) {
      Matcher found = line.matcher(out.toString());
      if (found.find()) {
        return found.group(1);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no line " + line + " in: " + out);
  }

  @Test
  void servesTheBrandAskedForUntilStoppedThenRemovesItsFolder() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = serve(content(), "--brand", "beta", "--port", "0");
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> exit.complete(KbCommand.run(new PrintWriter(out), new PrintWriter(err), args)));
    thread.start();
    String url =
        awaitLine(out, Pattern.compile("serving beta at (http://127\\.0\\.0\\.1:\\d+/beta/)\n"));
    Path preview =
        Path.of(awaitLine(out, Pattern.compile("preview files in (.+) \\(removed on exit\\)\n")));
    assertFalse(out.toString().contains("alpha"), out.toString());
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + "faq/a.html")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("data-brand=\"beta\""), page.body());
    assertTrue(Files.isRegularFile(preview.resolve("beta/faq/a.html")));

    thread.interrupt();
    assertEquals(0, exit.get(20, TimeUnit.SECONDS), err.toString());
    assertFalse(Files.exists(preview), "the preview folder is removed");
  }

  @Test
  void portInUseExitsWithTwo() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      Cli cli = Cli.run(serve(content(), "--port", Integer.toString(port)));
      assertEquals(2, cli.exitCode());
      assertTrue(cli.err().startsWith("--port: port " + port + " is in use\n"), cli.err());
      assertTrue(cli.err().contains("hint: pass another --port, or --port 0"), cli.err());
    }
  }

  @Test
  void portOutOfRangeExitsWithTwoAndAClearMessage() {
    for (String port : new String[] {"-1", "70000", "65536"}) {
      Cli cli = Cli.run(serve(content(), "--port", port));
      assertEquals(2, cli.exitCode(), cli.err());
      assertTrue(
          cli.err().startsWith("--port: port must be from 0 to 65535, not " + port + "\n"),
          cli.err());
      assertTrue(cli.err().contains("hint: --port 0 picks any free port"), cli.err());
      assertFalse(cli.out().contains("serving"), cli.out());
    }
  }

  @Test
  void contentThatDoesNotBuildExitsWithOneBeforeServing() {
    TestContent content = content();
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\n{{nope}}\n"));
    Cli cli = Cli.run(serve(content, "--port", "0"));
    assertEquals(1, cli.exitCode());
    assertTrue(cli.err().contains("faq/a.md:8:1: unknown variable 'nope'"), cli.err());
    assertFalse(cli.out().contains("serving"), cli.out());
  }
}
