package kb.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;

/**
 * A static file server on 127.0.0.1 that logs every file it sends, so the bytes a query loads are
 * counted where they leave the server, worker requests included. It sends files as they are (no
 * compression); the gzipped figure is computed from the same files. Thread-safe.
 */
final class CountingServer implements AutoCloseable {

  /** One response: the path asked for and the file sent. */
  record Sent(String path, Path file) {}

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json",
          "wasm", "application/wasm");

  private final HttpServer server;
  private final List<Sent> log = new ArrayList<>();

  /** How responses are slowed down; both 0 (the default) for not at all. */
  record Network(int latencyMs, int bytesPerSecond) {

    /** How long a response of {@code bytes} is held: the latency, plus its size at the rate. */
    long holdMillis(int bytes) {
      if (latencyMs == 0) {
        return 0;
      }
      return latencyMs + (bytesPerSecond > 0 ? bytes * 1000L / bytesPerSecond : 0);
    }
  }

  private volatile Network network = new Network(0, 0);

  private CountingServer(HttpServer server) {
    this.server = server;
  }

  /** Serves each folder under its base path, for example {@code /kb/}; {@code extra} by path. */
  static CountingServer serve(Map<String, Path> folders, Map<String, String> extra) {
    // Without TCP_NODELAY the JDK server's small responses wait ~40 ms on delayed ACKs.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      CountingServer counting = new CountingServer(http);
      folders.forEach(
          (base, folder) ->
              http.createContext(
                  base, exchange -> counting.respond(exchange, base, folder, extra)));
      // More threads than a browser opens connections to one host (6), so that slowed responses
      // wait side by side, as they would on a network.
      http.setExecutor(Executors.newFixedThreadPool(16, CountingServer::daemon));
      http.start();
      return counting;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "bench-server");
    thread.setDaemon(true);
    return thread;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /**
   * Slows every later response down like a reader's network: it waits {@code latencyMs}, plus its
   * size at {@code bytesPerSecond}. Done here, not by the browser's network emulation, which does
   * not reach Pagefind's worker. Responses sent side by side do not share the bandwidth.
   */
  void slow(int latencyMs, int bytesPerSecond) {
    this.network = new Network(latencyMs, bytesPerSecond);
  }

  /** How the server waits out a hold: sleeping, unless a test records the holds instead. */
  private volatile LongConsumer pause = CountingServer::sleep;

  /** Hands each hold to {@code instead} rather than sleeping: what a test checks, not a clock. */
  void pauseWith(LongConsumer instead) {
    this.pause = instead;
  }

  /** Waits as the slow network would before a response of {@code bytes}, if it is slowed. */
  private void delay(int bytes) {
    long millis = network.holdMillis(bytes);
    if (millis > 0) {
      pause.accept(millis);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  synchronized void clearLog() {
    log.clear();
  }

  synchronized List<Sent> log() {
    return List.copyOf(log);
  }

  private void respond(HttpExchange exchange, String base, Path folder, Map<String, String> extra)
      throws IOException {
    String path = URI.create(exchange.getRequestURI().toString()).getPath();
    if (extra.containsKey(path)) {
      send(exchange, "text/html; charset=utf-8", extra.get(path).getBytes(StandardCharsets.UTF_8));
      return;
    }
    Path file = folder.resolve(path.substring(base.length())).normalize();
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
      delay(0); // a file the search looks for and does not find costs a round trip too
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    synchronized (this) {
      log.add(new Sent(path, file));
    }
    String name = file.getFileName().toString();
    String type =
        TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    send(exchange, type, Files.readAllBytes(file));
  }

  private void send(HttpExchange exchange, String type, byte[] body) throws IOException {
    delay(body.length);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
