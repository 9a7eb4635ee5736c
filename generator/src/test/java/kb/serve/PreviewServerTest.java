package kb.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.TestContent;
import kb.build.BuildOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What kb serve answers over HTTP: the sites under /<brand>/, the script, and nothing else. */
class PreviewServerTest {

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private PreviewSession session;

  @BeforeEach
  void start() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q? {#1}\n\nYes.\n"));
    BuildOptions options = content.options(dir.resolve("out"), "all");
    session =
        PreviewSession.start(
            options, 0, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  @AfterEach
  void stop() {
    session.close();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(session.root().resolve(path)).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void pagesAreServedWithTheLiveScriptThatTheFilesOnDiskNeverHold() throws Exception {
    HttpResponse<String> page = get("/alpha/faq/a.html");
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").get());
    assertEquals("no-store", page.headers().firstValue("Cache-Control").get());
    assertTrue(
        page.body()
            .contains(
                "<script src=\"/__kb/live.js\" data-brand=\"alpha\" data-version=\"1\"></script>\n"
                    + "</body>"),
        page.body());
    String onDisk = Files.readString(dir.resolve("out/alpha/faq/a.html"));
    assertFalse(onDisk.contains("__kb"), "the built file has no live-reload script");
    String tag =
        "<script src=\"/__kb/live.js\" data-brand=\"alpha\" data-version=\"1\"></script>\n";
    assertEquals(onDisk, page.body().replace(tag, ""), "the script is all that is added");
  }

  @Test
  void folderServesItsIndexAndABrandWithoutSlashRedirects() throws Exception {
    assertEquals(200, get("/beta/").statusCode());
    assertTrue(get("/beta/").body().contains("Beta Help"));
    HttpResponse<String> redirect = get("/beta");
    assertEquals(302, redirect.statusCode());
    assertEquals("/beta/", redirect.headers().firstValue("Location").get());
  }

  @Test
  void rootListsTheBrands() throws Exception {
    String root = get("/").body();
    assertTrue(root.contains("<a href=\"/alpha/\">alpha</a>"), root);
    assertTrue(root.contains("<a href=\"/beta/\">beta</a>"), root);
  }

  @Test
  void scriptIsServedAsJavaScript() throws Exception {
    HttpResponse<String> script = get("/__kb/live.js");
    assertEquals(200, script.statusCode());
    assertTrue(script.headers().firstValue("Content-Type").get().startsWith("text/javascript"));
    assertTrue(script.body().contains("new EventSource(\"/__kb/events?brand=\""), script.body());
  }

  @Test
  void unknownPathsAndPathsLeavingTheSiteAreNotFound() throws Exception {
    assertEquals(404, get("/alpha/nope.html").statusCode());
    assertEquals(404, get("/gamma/index.html").statusCode());
    HttpResponse<String> escape = get("/alpha/%2e%2e/%2e%2e/content/brands/alpha.yml");
    assertEquals(404, escape.statusCode());
    assertFalse(escape.body().contains("primary_color"));
  }

  @Test
  void symbolicLinksOutOfTheSiteFolderAreNotFollowed() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0");
    Path site = dir.resolve("out/alpha");
    Files.createSymbolicLink(site.resolve("leak.txt"), secret);
    Files.createSymbolicLink(site.resolve("outside"), dir);
    for (String path : List.of("/alpha/leak.txt", "/alpha/outside/secret.txt")) {
      HttpResponse<String> leak = get(path);
      assertEquals(404, leak.statusCode(), path);
      assertFalse(leak.body().contains("root:x"), leak.body());
    }
  }

  /** A GET sent over a plain socket, with the Host header line given (or none): the response. */
  private String getWithHost(String path, String hostLine) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), session.root().getPort())) {
      socket.setSoTimeout(20_000); // a guard against a hang, not a measure
      String request = "GET " + path + " HTTP/1.1\r\n" + hostLine + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void requestsForAnotherHostAreRefusedSoDnsRebindingCannotReadThePreview() throws Exception {
    int port = session.root().getPort();
    for (String host :
        List.of("evil.example:" + port, "evil.example", "127.0.0.1:" + (port + 1), "127.0.0.1")) {
      for (String path : List.of("/alpha/faq/a.html", "/__kb/live.js", "/")) {
        String response = getWithHost(path, "Host: " + host + "\r\n");
        assertTrue(response.startsWith("HTTP/1.1 403 "), host + path + ": " + response);
        assertTrue(
            response.endsWith(
                "\r\n\r\nkb serve answers only requests for 127.0.0.1, localhost or [::1] at port "
                    + port
                    + "\n"),
            response);
      }
    }
    String noHost = getWithHost("/alpha/faq/a.html", "");
    assertTrue(noHost.startsWith("HTTP/1.1 403 "), noHost);
  }

  @Test
  void requestsForTheLoopbackNamesWithThePortAreAnswered() throws Exception {
    int port = session.root().getPort();
    for (String host : List.of("127.0.0.1:", "localhost:", "LocalHost:", "[::1]:")) {
      String response = getWithHost("/alpha/faq/a.html", "Host: " + host + port + "\r\n");
      assertTrue(response.startsWith("HTTP/1.1 200 "), host + ": " + response);
      assertTrue(response.contains("data-brand=\"alpha\""), response);
    }
  }

  @Test
  void onlyGetIsAnswered() throws Exception {
    HttpResponse<String> post =
        send(
            HttpRequest.newBuilder(session.root().resolve("/alpha/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));
    assertEquals(405, post.statusCode());
  }
}
