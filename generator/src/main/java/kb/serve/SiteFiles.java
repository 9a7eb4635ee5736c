package kb.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files of the brand sites in the preview's output folder, as a static host would serve them: a
 * folder serves its {@code index.html}; HTML gets the live-reload script. Nothing outside a site's
 * folder is served, through {@code ..} or a symbolic link. Thread-safe.
 */
final class SiteFiles {

  /**
   * A file ready to send. Immutable.
   *
   * @param status 200, or 404 for a site's own {@code 404.html}
   * @param type the Content-Type
   * @param body the bytes, never changed once made
   */
  record Response(int status, String type, byte[] body) {

    /** A hash of the bytes, for the ETag that lets a browser keep an unchanged file. */
    String digest() {
      try {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
        return HexFormat.of().formatHex(hash, 0, 16);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }
  }

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("xml", "application/xml"),
          Map.entry("txt", "text/plain; charset=utf-8"));

  private final Path outDir;
  private final ReloadChannel channel;

  SiteFiles(Path outDir, ReloadChannel channel) {
    this.outDir = outDir.toAbsolutePath().normalize();
    this.channel = channel;
  }

  /**
   * @param brand the site
   * @param path the path inside the site, already URL-decoded, for example {@code faq/opend.html}
   * @return the file, the site's {@code 404.html}, or empty
   */
  Optional<Response> find(String brand, String path) throws IOException {
    // Read the version before the file: a rebuild in between then costs one reload too many,
    // never a page that misses one.
    int version = channel.version(brand);
    Path site = outDir.resolve(brand);
    Path file = site.resolve(path).normalize();
    if (!file.startsWith(site)) {
      return Optional.empty();
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    if (isSiteFile(file, site)) {
      return Optional.of(response(200, file, brand, version));
    }
    Path notFound = site.resolve("404.html");
    if (isSiteFile(notFound, site)) {
      return Optional.of(response(404, notFound, brand, version));
    }
    return Optional.empty();
  }

  /**
   * Whether the file is the site's own: a regular file whose real path is in the site's folder. kb
   * writes no links there, but whatever put one there, the server never follows it out.
   */
  private static boolean isSiteFile(Path file, Path site) throws IOException {
    return Files.isRegularFile(file) && file.toRealPath().startsWith(site.toRealPath());
  }

  private static Response response(int status, Path file, String brand, int version)
      throws IOException {
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    byte[] body = Files.readAllBytes(file);
    if (extension.equals("html")) {
      body = LiveScript.addTo(body, brand, version);
    }
    return new Response(status, TYPES.getOrDefault(extension, "application/octet-stream"), body);
  }
}
