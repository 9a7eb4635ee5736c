package kb.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** robots.txt and sitemap.xml from a brand's site URL and its pages. */
class CrawlerFilesTest {

  private static List<String> paths(List<SiteFile> files) {
    return files.stream().map(SiteFile::path).toList();
  }

  @Test
  void sitemapUsesFolderUrlsForIndexPagesAndEscapesUrls() {
    List<SiteFile> files =
        CrawlerFiles.of("https://x.example/help", List.of("index.html", "faq/a&b.html"));
    assertEquals(List.of("robots.txt", "sitemap.xml"), paths(files));
    assertEquals(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            + "  <url><loc>https://x.example/help/</loc></url>\n"
            + "  <url><loc>https://x.example/help/faq/a&amp;b.html</loc></url>\n"
            + "</urlset>\n",
        new String(files.get(1).bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void withoutASiteUrlThereIsOnlyRobots() {
    List<SiteFile> files = CrawlerFiles.of("", List.of("index.html"));
    assertEquals(List.of("robots.txt"), paths(files));
    assertEquals(
        "User-agent: *\nAllow: /\n", new String(files.get(0).bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void aSiteOfSeveralLanguagesListsEachPageInEachWithItsAlternates() {
    List<SiteFile> files =
        CrawlerFiles.of(
            List.of(
                new CrawlerFiles.Language("en", "https://x.example/"),
                new CrawlerFiles.Language("zh-HK", "https://x.example/zh-HK/")),
            List.of("faq/a.html"));
    assertEquals(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
            + "  <url><loc>https://x.example/faq/a.html</loc>\n"
            + "    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://x.example/faq/a.html\"/>\n"
            + "    <xhtml:link rel=\"alternate\" hreflang=\"zh-HK\""
            + " href=\"https://x.example/zh-HK/faq/a.html\"/>\n"
            + "  </url>\n"
            + "  <url><loc>https://x.example/zh-HK/faq/a.html</loc>\n"
            + "    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://x.example/faq/a.html\"/>\n"
            + "    <xhtml:link rel=\"alternate\" hreflang=\"zh-HK\""
            + " href=\"https://x.example/zh-HK/faq/a.html\"/>\n"
            + "  </url>\n"
            + "</urlset>\n",
        new String(files.get(1).bytes(), StandardCharsets.UTF_8));
  }
}
