package kb.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The live-reload script and the tag that loads it. The tag is added to HTML as it is served, so
 * the built site on disk never holds it.
 */
final class LiveScript {

  /** Where the server answers the script. */
  static final String PATH = "/__kb/live.js";

  private LiveScript() {}

  /** The script itself, from the jar. */
  static byte[] source() {
    try (InputStream in = LiveScript.class.getResourceAsStream("live.js")) {
      if (in == null) {
        throw new IllegalStateException("kb/serve/live.js is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The page with the script tag before its last {@code </body>}, or at its end without one.
   *
   * @param brand the brand whose site the page belongs to
   * @param version the brand's build version the page was served at
   */
  static byte[] addTo(byte[] html, String brand, int version) {
    String page = new String(html, StandardCharsets.UTF_8);
    String tag =
        "<script src=\"%s\" data-brand=\"%s\" data-version=\"%d\"></script>\n"
            .formatted(PATH, brand, version);
    int end = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    String served = end < 0 ? page + tag : page.substring(0, end) + tag + page.substring(end);
    return served.getBytes(StandardCharsets.UTF_8);
  }
}
