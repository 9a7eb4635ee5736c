package kb.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kb.TestContent;
import kb.TestFolders;
import kb.build.BuildOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kb serve's event stream: versions and problems on connect, after each edit, and on failure. */
class ReloadEventsTest {

  @TempDir Path dir;

  private TestContent content;
  private PreviewSession session;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws Exception {
    content = TestContent.twoBrands(dir);
    writePage("Beta only.");
    BuildOptions options = content.options(dir.resolve("out"), "all");
    session = PreviewSession.start(options, 0, new PrintWriter(out), new PrintWriter(err));
    HttpResponse<Stream<String>> events =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(session.root().resolve("/__kb/events")).build(),
                HttpResponse.BodyHandlers.ofLines());
    assertEquals(
        "text/event-stream; charset=utf-8", events.headers().firstValue("Content-Type").get());
    Thread reader =
        new Thread(
            () -> {
              try {
                events.body().forEach(lines::add);
              } catch (RuntimeException e) {
                // The server closed the stream at the end of the test.
              }
            });
    reader.setDaemon(true);
    reader.start();
  }

  @AfterEach
  void stop() {
    session.close();
  }

  private void writePage(String betaOnly) {
    content.write(
        "faq/a.md",
        TestContent.page(
            "A",
            "A",
            1,
            "## Q? {#1}\n\nYes.\n\n{% brand beta %}\n" + betaOnly + "\n{% endbrand %}\n"));
  }

  /** The next event's lines, up to the blank line that ends it. */
  private List<String> nextEvent() throws InterruptedException {
    List<String> event = new ArrayList<>();
    for (String line = poll(); !line.isEmpty(); line = poll()) {
      event.add(line);
    }
    return event;
  }

  private String poll() throws InterruptedException {
    String line = lines.poll(20, TimeUnit.SECONDS);
    if (line == null) {
      throw new AssertionError("no event within 20 s; out: " + out + " err: " + err);
    }
    return line;
  }

  @Test
  void connectingPageLearnsTheVersionsAndThatThereAreNoProblems() throws Exception {
    assertEquals(List.of("event: versions", "data: alpha=1 beta=1"), nextEvent());
    assertEquals(List.of("event: problems", "data: 0"), nextEvent());
  }

  @Test
  void editRaisesTheVersionOfOnlyTheBrandItChanges() throws Exception {
    nextEvent();
    nextEvent();
    writePage("Beta only, edited.");
    assertEquals(List.of("event: versions", "data: alpha=1 beta=2"), nextEvent());
    assertEquals(List.of("event: problems", "data: 0"), nextEvent());
    assertTrue(out.toString().contains("changed: rebuilt beta in "), out.toString());
    assertTrue(out.toString().contains("(alpha unchanged)"), out.toString());
  }

  @Test
  void failedRebuildSendsItsProblemsWithFileAndLineThenTheFixClearsThem() throws Exception {
    nextEvent();
    nextEvent();
    writePage("{{nope}}");
    Path page = content.root().resolve("faq/a.md");
    List<String> problems = nextEvent();
    assertEquals("event: problems", problems.get(0));
    assertEquals("data: 1", problems.get(1));
    assertEquals(
        "data: " + page + ":11:1: unknown variable 'nope' for brand beta", problems.get(2));
    assertTrue(err.toString().contains(page + ":11:1: unknown variable 'nope'"), err.toString());
    assertTrue(err.toString().contains("still serving the last good build"), err.toString());
    writePage("Beta only, fixed.");
    assertEquals(List.of("event: versions", "data: alpha=1 beta=2"), nextEvent());
    assertEquals(List.of("event: problems", "data: 0"), nextEvent());
  }

  /**
   * Events until one starts with {@code expected}'s lines, skipping others (a folder made again may
   * not build yet); 60 s at most, as a guard against a hang.
   */
  private void awaitEvent(List<String> expected) throws InterruptedException {
    List<List<String>> seen = new ArrayList<>();
    long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    for (List<String> event = nextEvent();
        event.size() < expected.size() || !event.subList(0, expected.size()).equals(expected);
        event = nextEvent()) {
      seen.add(event);
      if (System.nanoTime() > guard) {
        throw new AssertionError("no " + expected + " among " + seen + "; err: " + err);
      }
    }
  }

  @Test
  void contentFolderDeletedAndMadeAgainIsWatchedAndServedAgain() throws Exception {
    nextEvent();
    nextEvent();
    TestFolders.delete(content.root());
    awaitEvent(
        List.of(
            "event: problems",
            "data: 1",
            "data: " + content.root() + ": content folder not found"));
    content = TestContent.twoBrands(dir);
    writePage("Beta only, made again.");
    awaitEvent(List.of("event: versions", "data: alpha=1 beta=2"));
    writePage("Beta only, edited after.");
    awaitEvent(List.of("event: versions", "data: alpha=1 beta=3"));
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(session.url("beta").resolve("faq/a.html")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertTrue(page.body().contains("Beta only, edited after."), page.body());
  }
}
