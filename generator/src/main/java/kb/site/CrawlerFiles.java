package kb.site;

import java.util.ArrayList;
import java.util.List;
import kb.link.PublicUrl;

/**
 * The files search engines read: {@code robots.txt} and, when the brand has a {@code site.url},
 * {@code sitemap.xml} with the absolute URL of every listed page. A sitemap needs absolute URLs, so
 * a brand without {@code site.url} gets none, and its {@code robots.txt} names none.
 */
public final class CrawlerFiles {

  public static final String ROBOTS = "robots.txt";
  public static final String SITEMAP = "sitemap.xml";

  private CrawlerFiles() {}

  /**
   * @param siteUrl the brand's site URL, or empty
   * @param pages the site paths of the pages to list, in the order to list them
   */
  public static List<SiteFile> of(String siteUrl, List<String> pages) {
    List<SiteFile> files = new ArrayList<>();
    files.add(SiteFile.text(ROBOTS, robots(siteUrl)));
    if (!siteUrl.isEmpty()) {
      files.add(SiteFile.text(SITEMAP, sitemap(siteUrl, pages)));
    }
    return List.copyOf(files);
  }

  static String robots(String siteUrl) {
    StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
    if (!siteUrl.isEmpty()) {
      text.append("\nSitemap: ").append(PublicUrl.of(siteUrl, SITEMAP)).append('\n');
    }
    return text.toString();
  }

  static String sitemap(String siteUrl, List<String> pages) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String page : pages) {
      xml.append("  <url><loc>").append(escape(PublicUrl.of(siteUrl, page)));
      xml.append("</loc></url>\n");
    }
    return xml.append("</urlset>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
