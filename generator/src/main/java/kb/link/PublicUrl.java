package kb.link;

import java.net.URI;

/**
 * Absolute URLs of a site's files under the brand's configured {@code site.url}, for what must be
 * absolute: the sitemap, canonical links and link previews. Links inside the site never use them.
 */
public final class PublicUrl {

  private PublicUrl() {}

  /**
   * The URL a site file is published at; an {@code index.html} is published as its folder.
   *
   * @param siteUrl the brand's site URL, for example {@code https://example.com/kb/}, or empty
   * @param sitePath a site path such as {@code faq/opend.html}
   * @return for example {@code https://example.com/kb/faq/opend.html}; empty when {@code siteUrl}
   *     is
   */
  public static String of(String siteUrl, String sitePath) {
    if (siteUrl.isEmpty()) {
      return "";
    }
    String relative = RelativeUrl.between("index.html", sitePath);
    if (relative.equals("index.html") || relative.endsWith("/index.html")) {
      relative = relative.substring(0, relative.length() - "index.html".length());
    }
    return folder(siteUrl) + relative;
  }

  /** The path of the site URL, for example {@code /kb/}; empty when {@code siteUrl} is. */
  public static String path(String siteUrl) {
    if (siteUrl.isEmpty()) {
      return "";
    }
    String path = URI.create(folder(siteUrl)).getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  private static String folder(String siteUrl) {
    return siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
  }
}
