package kb.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A static file server on localhost that serves a folder under a base path (for example {@code
 * /docs/help/}), as a static host would: a site that works here works under any base path. Like
 * common static hosts, it answers a missing file with the folder's {@code 404.html}, if it has one.
 * It can stall chosen requests, as a host that accepts a connection and never answers does, and it
 * keeps the requests it was sent, so a test can count what a page asked for.
 */
public final class StaticServer implements AutoCloseable {

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "xml", "application/xml",
          "txt", "text/plain; charset=utf-8");

  private final HttpServer server;
  private final ExecutorService threads;
  private final String basePath;
  private final AtomicInteger stalled = new AtomicInteger();
  private final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
  private volatile Pattern stalling;
  private volatile CountDownLatch answer = new CountDownLatch(0);

  private StaticServer(HttpServer server, ExecutorService threads, String basePath) {
    this.server = server;
    this.threads = threads;
    this.basePath = basePath;
  }

  public static StaticServer serve(Path folder, String basePath) {
    // Without TCP_NODELAY the JDK server's small responses wait ~40 ms on delayed ACKs.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      // A thread per request: a stalled request must not hold up the others.
      ExecutorService threads =
          Executors.newCachedThreadPool(
              task -> {
                Thread thread = new Thread(task, "static-server");
                thread.setDaemon(true);
                return thread;
              });
      server.setExecutor(threads);
      StaticServer serving = new StaticServer(server, threads, basePath);
      server.createContext(basePath, exchange -> serving.respond(exchange, folder));
      server.start();
      return serving;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The URL of a file of the folder, for example {@code index.html}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + basePath + path;
  }

  /**
   * From now on, a request whose URL (path and query, as requested) matches {@code urls} gets no
   * answer until {@link #answerStalled()}.
   */
  public synchronized void stall(Pattern urls) {
    if (answer.getCount() == 0) {
      answer = new CountDownLatch(1); // requests stalled already keep waiting with the new ones
    }
    stalling = urls;
  }

  /**
   * Every request so far, in the order they came, as method and path: {@code "HEAD
   * /help/assets/kb.css"}.
   */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /** How many requests have been stalled since this server started. */
  public int stalled() {
    return stalled.get();
  }

  /** Answers every stalled request, and stalls no more. */
  public synchronized void answerStalled() {
    stalling = null;
    answer.countDown();
  }

  private void respond(HttpExchange exchange, Path folder) throws IOException {
    String path = URI.create(exchange.getRequestURI().toString()).getPath();
    requests.add(exchange.getRequestMethod() + " " + path);
    // The latch first: a request that sees a pattern answered since waits on a latch let go.
    CountDownLatch latch = answer;
    Pattern stall = stalling;
    if (stall != null && stall.matcher(exchange.getRequestURI().toString()).find()) {
      stalled.incrementAndGet();
      waitFor(latch);
    }
    Path file = folder.resolve(path.substring(basePath.length())).normalize();
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    int status = 200;
    if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
      file = folder.resolve("404.html");
      status = 404;
      if (!Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
    }
    String name = file.getFileName().toString();
    String type =
        TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    byte[] body = Files.readAllBytes(file);
    exchange.getResponseHeaders().set("Content-Type", type);
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    answerStalled();
    server.stop(0);
    threads.shutdown();
  }
}
