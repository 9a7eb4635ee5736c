package kb.url;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which URLs a site may carry: relative URLs, fragments, {@code http:}, {@code https:} and {@code
 * mailto:}, and for images also {@code data:} URLs of PNG, JPEG, GIF and WebP. Anything else (a
 * {@code javascript:}, {@code vbscript:} or {@code data:text/html} URL, however it is spelled)
 * could run code when a reader follows it. A pure function over the URL as a browser receives it,
 * entities already decoded; thread-safe.
 *
 * <p>The scheme is read as browsers read it: leading and trailing C0 controls and spaces are
 * stripped, tabs and line breaks anywhere are removed, and the scheme is what comes before the
 * first {@code :}, in any case. A {@code :} before the first {@code /}, {@code ?} or {@code #} that
 * does not end a valid scheme is refused too: such a URL is no valid relative URL either.
 */
public final class UrlPolicy {

  /** What a URL is for: images may also be embedded as {@code data:} URLs of raster images. */
  public enum Use {
    LINK,
    IMAGE
  }

  /**
   * Why a URL may not be in a site.
   *
   * @param reason what follows the URL in a message, for example "uses the URL scheme
   *     'javascript:', which kb does not allow"
   * @param hint what a URL may be instead
   */
  public record Refusal(String reason, String hint) {}

  private static final String ALLOWED =
      "a URL may be relative (other.md#id, ../images/a.png), a #id, or an http:, https: or"
          + " mailto: URL";

  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
  private static final Set<String> DATA_IMAGES =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

  /** The longest part of a URL a message shows. */
  private static final int SHOWN = 80;

  private UrlPolicy() {}

  /**
   * Why {@code url} may not be in a site, or empty when it may.
   *
   * @param url the URL as a browser receives it: HTML entities decoded, nothing stripped
   */
  public static Optional<Refusal> refusal(String url, Use use) {
    String read = asBrowsersRead(url);
    String scheme = scheme(read);
    if (scheme == null || SCHEMES.contains(scheme)) {
      return Optional.empty();
    }
    if (scheme.isEmpty()) {
      return refuse(
          "has a ':' in its first path segment, which browsers may read as a scheme",
          "write ./" + shown(read) + " for a relative path");
    }
    if (!scheme.equals("data")) {
      return refuse("uses the URL scheme '" + scheme + ":', which kb does not allow", ALLOWED);
    }
    if (use == Use.LINK) {
      return refuse("is a data: URL, which kb does not allow in links", ALLOWED);
    }
    return isDataImage(read)
        ? Optional.empty()
        : refuse("is a data: URL of another type than PNG, JPEG, GIF or WebP", ALLOWED);
  }

  private static Optional<Refusal> refuse(String reason, String hint) {
    return Optional.of(new Refusal(reason, hint));
  }

  /** Whether {@code url} names a scheme, as browsers read it (so {@code #a:b} does not). */
  public static boolean hasScheme(String url) {
    String scheme = scheme(asBrowsersRead(url));
    return scheme != null && !scheme.isEmpty();
  }

  /** Whether {@code url} is a {@code data:} URL, as browsers read it. */
  public static boolean isData(String url) {
    return "data".equals(scheme(asBrowsersRead(url)));
  }

  /**
   * {@code url} as a one-line message may show it: controls written as {@code \u0009}, cut after
   * {@value #SHOWN} characters (a {@code data:} URL may be kilobytes long).
   */
  public static String shown(String url) {
    StringBuilder out = new StringBuilder();
    int end = Math.min(url.length(), SHOWN);
    for (int i = 0; i < end; i++) {
      char c = url.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return url.length() > SHOWN ? out.append("...").toString() : out.toString();
  }

  /** The URL with what the URL standard strips before parsing stripped. */
  static String asBrowsersRead(String url) {
    int start = 0;
    int end = url.length();
    while (start < end && url.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && url.charAt(end - 1) <= ' ') {
      end--;
    }
    StringBuilder out = null;
    for (int i = start; i < end; i++) {
      char c = url.charAt(i);
      boolean removed = c == '\t' || c == '\n' || c == '\r';
      if (removed && out == null) {
        out = new StringBuilder(end - start).append(url, start, i);
      } else if (!removed && out != null) {
        out.append(c);
      }
    }
    return out != null ? out.toString() : url.substring(start, end);
  }

  /**
   * The lower-case scheme of a URL already stripped; null when it has none; empty when a {@code :}
   * comes before the first {@code /}, {@code ?} or {@code #} but does not end a valid scheme.
   */
  private static String scheme(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return i > 0 && isValidScheme(url, i) ? url.substring(0, i).toLowerCase(Locale.ROOT) : "";
      }
      if (c == '/' || c == '?' || c == '#') {
        return null;
      }
    }
    return null;
  }

  private static boolean isValidScheme(String url, int end) {
    if (!isAsciiLetter(url.charAt(0))) {
      return false;
    }
    for (int i = 1; i < end; i++) {
      char c = url.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** {@code data:image/png;base64,...} and the like: the media type, in any case, before , or ;. */
  private static boolean isDataImage(String url) {
    int start = "data:".length();
    int end = start;
    while (end < url.length() && url.charAt(end) != ',' && url.charAt(end) != ';') {
      end++;
    }
    return end < url.length()
        && DATA_IMAGES.contains(url.substring(start, end).strip().toLowerCase(Locale.ROOT));
  }
}
