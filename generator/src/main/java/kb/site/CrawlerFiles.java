package kb.site;

import java.util.ArrayList;
import java.util.List;
import kb.link.PublicUrl;

/**
 * The files search engines read: {@code robots.txt} and, when the brand has a {@code site.url},
 * {@code sitemap.xml} with the absolute URL of every listed page. A sitemap needs absolute URLs, so
 * a brand without {@code site.url} gets none, and its {@code robots.txt} names none. A site of
 * several languages has one of each, at its root: the sitemap lists every page in every language,
 * each with its {@code hreflang} alternates.
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
    return of(List.of(new Language("", siteUrl)), pages);
  }

  /**
   * One language of a site.
   *
   * @param tag its BCP 47 tag
   * @param siteUrl where its site is published, may be empty
   */
  public record Language(String tag, String siteUrl) {}

  /**
   * @param languages every language of the site, the one at its root first
   * @param pages the site paths of the pages to list, the same in each language
   */
  public static List<SiteFile> of(List<Language> languages, List<String> pages) {
    String siteUrl = languages.get(0).siteUrl();
    List<SiteFile> files = new ArrayList<>();
    files.add(SiteFile.text(ROBOTS, robots(siteUrl)));
    if (!siteUrl.isEmpty()) {
      files.add(SiteFile.text(SITEMAP, sitemap(languages, pages)));
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

  static String sitemap(List<Language> languages, List<String> pages) {
    boolean alternates = languages.size() > 1;
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"");
    xml.append(alternates ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n");
    for (Language language : languages) {
      for (String page : pages) {
        xml.append("  <url><loc>").append(escape(PublicUrl.of(language.siteUrl(), page)));
        xml.append("</loc>");
        if (alternates) {
          for (Language alternate : languages) {
            xml.append("\n    <xhtml:link rel=\"alternate\" hreflang=\"")
                .append(escape(alternate.tag()))
                .append("\" href=\"")
                .append(escape(PublicUrl.of(alternate.siteUrl(), page)))
                .append("\"/>");
          }
          xml.append("\n  ");
        }
        xml.append("</url>\n");
      }
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
