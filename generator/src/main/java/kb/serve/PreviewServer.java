package kb.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import kb.diagnostic.SourceSpan;

/**
 * The preview's web server, on the loopback address only: each brand's site under {@code
 * /<brand>/}, the live-reload script and its event stream under {@code /__kb/}. Nothing is cached,
 * so a reload always shows the newest build. A request whose {@code Host} is not a loopback name
 * with the server's port gets 403. Thread-safe.
 */
final class PreviewServer implements AutoCloseable {

  private static final String EVENTS_PATH = "/__kb/events";

  /** The names the preview answers to: the loopback address it listens on. */
  private static final Set<String> OWN_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

  private final HttpServer server;
  private final ExecutorService threads;
  private final List<String> brands;
  private final SiteFiles files;
  private final ReloadChannel channel;

  private PreviewServer(
      HttpServer server,
      ExecutorService threads,
      List<String> brands,
      SiteFiles files,
      ReloadChannel channel) {
    this.server = server;
    this.threads = threads;
    this.brands = List.copyOf(brands);
    this.files = files;
    this.channel = channel;
  }

  /**
   * @param port the port, or 0 for any free one
   * @throws BuildFailedException when the port cannot be used
   */
  static PreviewServer start(int port, Path outDir, List<String> brands, ReloadChannel channel) {
    // Without TCP_NODELAY the JDK server's small responses wait ~40 ms on delayed ACKs.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (BindException e) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(Path.of("--port")), "port " + port + " is in use")
              .withHint("pass another --port, or --port 0 for any free port"));
    } catch (IOException e) {
      throw new BuildFailedException(
          Diagnostic.input(SourceSpan.of(Path.of("--port")), "cannot listen: " + e.getMessage()));
    }
    // Every open page holds an event stream, so handlers need threads of their own.
    ExecutorService threads =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "kb-serve-http");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(threads);
    PreviewServer preview =
        new PreviewServer(server, threads, brands, new SiteFiles(outDir, channel), channel);
    server.createContext("/", preview::handle);
    server.start();
    return preview;
  }

  /** The address of a brand's site, for example {@code http://127.0.0.1:8000/futu/}. */
  URI url(String brand) {
    return URI.create(root() + brand + "/");
  }

  /** The address of the server, for example {@code http://127.0.0.1:8000/}. */
  URI root() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!isOwnHost(exchange.getRequestHeaders().getFirst("Host"))) {
        int port = server.getAddress().getPort();
        String message =
            "kb serve answers only requests for 127.0.0.1, localhost or [::1] at port " + port;
        send(
            exchange,
            403,
            "text/plain; charset=utf-8",
            (message + "\n").getBytes(StandardCharsets.UTF_8));
      } else if (!exchange.getRequestMethod().equals("GET")) {
        send(
            exchange,
            405,
            "text/plain; charset=utf-8",
            "GET only\n".getBytes(StandardCharsets.UTF_8));
      } else if (path.equals(EVENTS_PATH)) {
        channel.stream(exchange);
      } else if (path.equals(LiveScript.PATH)) {
        send(exchange, 200, "text/javascript; charset=utf-8", LiveScript.source());
      } else {
        serveSite(exchange, path);
      }
    }
  }

  /**
   * Whether a request names the preview itself: a loopback name and its port. A web page whose
   * domain was made to resolve to 127.0.0.1 (DNS rebinding) sends its own name, and is refused, so
   * no site on the internet can read the preview through a reader's browser.
   */
  private boolean isOwnHost(String host) {
    if (host == null) {
      return false;
    }
    int port = server.getAddress().getPort();
    String name = host.toLowerCase(Locale.ROOT);
    if (name.endsWith(":" + port)) {
      name = name.substring(0, name.length() - (":" + port).length());
    } else if (port != 80) {
      return false; // only the default port may go unnamed
    }
    return OWN_NAMES.contains(name);
  }

  private void serveSite(HttpExchange exchange, String path) throws IOException {
    String[] parts = path.substring(1).split("/", 2);
    if (path.equals("/")) {
      serveRoot(exchange);
    } else if (!brands.contains(parts[0])) {
      notFound(exchange, path);
    } else if (parts.length == 1) {
      redirect(exchange, path + "/");
    } else {
      Optional<SiteFiles.Response> found = find(parts[0], parts[1]);
      if (found.isEmpty()) {
        notFound(exchange, path);
      } else {
        sendFile(exchange, found.get());
      }
    }
  }

  private Optional<SiteFiles.Response> find(String brand, String path) throws IOException {
    try {
      return files.find(brand, path);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** One brand: its site. Several: a list of them. */
  private void serveRoot(HttpExchange exchange) throws IOException {
    if (brands.size() == 1) {
      redirect(exchange, "/" + brands.get(0) + "/");
      return;
    }
    StringBuilder page =
        new StringBuilder("<!doctype html><meta charset=\"utf-8\"><title>kb serve</title><ul>");
    for (String brand : brands) {
      page.append("<li><a href=\"/").append(brand).append("/\">").append(brand).append("</a>");
    }
    page.append("</ul>\n");
    send(
        exchange,
        200,
        "text/html; charset=utf-8",
        page.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void notFound(HttpExchange exchange, String path) throws IOException {
    byte[] body = ("not found: " + path + "\n").getBytes(StandardCharsets.UTF_8);
    send(exchange, 404, "text/plain; charset=utf-8", body);
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
  }

  /**
   * HTML is never cached: it carries the build version. Other files may be cached but are checked
   * on every use, so a page reloads with a round trip per unchanged file instead of its bytes.
   */
  private static void sendFile(HttpExchange exchange, SiteFiles.Response file) throws IOException {
    if (file.type().startsWith("text/html")) {
      send(exchange, file.status(), file.type(), file.body());
      return;
    }
    String tag = "\"" + file.digest() + "\"";
    exchange.getResponseHeaders().set("ETag", tag);
    if (tag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    send(exchange, file.status(), file.type(), file.body(), "no-cache");
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    send(exchange, status, type, body, "no-store");
  }

  private static void send(
      HttpExchange exchange, int status, String type, byte[] body, String cacheControl)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", cacheControl);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    channel.close();
    server.stop(0);
    threads.shutdownNow();
  }
}
