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
import java.util.Map;

/**
 * A static file server on localhost that serves a folder under a base path (for example {@code
 * /docs/help/}), as a static host would: a site that works here works under any base path. Like
 * common static hosts, it answers a missing file with the folder's {@code 404.html}, if it has one.
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
  private final String basePath;

  private StaticServer(HttpServer server, String basePath) {
    this.server = server;
    this.basePath = basePath;
  }

  public static StaticServer serve(Path folder, String basePath) {
    // Without TCP_NODELAY the JDK server's small responses wait ~40 ms on delayed ACKs.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(basePath, exchange -> respond(exchange, folder, basePath));
      server.start();
      return new StaticServer(server, basePath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The URL of a file of the folder, for example {@code index.html}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + basePath + path;
  }

  private static void respond(HttpExchange exchange, Path folder, String basePath)
      throws IOException {
    String path = URI.create(exchange.getRequestURI().toString()).getPath();
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
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
