package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import kb.TestContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a static host and search engines get per brand: sitemap, robots, canonical and link-preview
 * tags from {@code site.url}, a 404 page, a favicon, the page language and titles; and that every
 * link inside the site stays relative.
 */
class HostingTest {

  @TempDir static Path dir;

  private static BuiltSites sites;

  @BeforeAll
  static void build() {
    TestContent content = TestContent.twoBrands(dir);
    // alpha is published at a URL and in German; beta has no site.url.
    content.write(
        "brands/alpha.yml",
        TestContent.brand("alpha", "Alpha", "alphapkg", "#112233")
            .replace(
                "  title: Alpha Help\n",
                "  title: Alpha Help\n  url: https://help.alpha.example/kb\n  language: de\n"));
    content.write(
        "faq/first.md", TestContent.page("First & best", "One", 1, "## Q1? {#1}\n\nA.\n"));
    content.write("faq/sub/second.md", TestContent.page("Second", "Two", 2, "## Q2? {#2}\n\nB.\n"));
    Path templates = TestContent.repoRoot().resolve("templates");
    sites = BuiltSites.build(content.root(), templates, dir.resolve("out"));
  }

  @Test
  void sitemapListsEveryPageButTheNotFoundPageWithAbsoluteUrls() throws IOException {
    Document sitemap = Jsoup.parse(sites.text("alpha", "sitemap.xml"), "", Parser.xmlParser());
    assertEquals(
        List.of(
            "https://help.alpha.example/kb/",
            "https://help.alpha.example/kb/faq/first.html",
            "https://help.alpha.example/kb/faq/sub/second.html"),
        sitemap.select("urlset > url > loc").eachText());
    assertEquals(
        "User-agent: *\nAllow: /\n\nSitemap: https://help.alpha.example/kb/sitemap.xml\n",
        sites.text("alpha", "robots.txt"));
  }

  @Test
  void aBrandWithoutSiteUrlHasRobotsButNoSitemapAndNoCanonical() throws IOException {
    assertEquals("User-agent: *\nAllow: /\n", sites.text("beta", "robots.txt"));
    assertFalse(sites.exists("beta", "sitemap.xml"));
    Document page = sites.page("beta", "faq/first.html");
    assertNull(page.selectFirst("link[rel=canonical]"));
    assertNull(page.selectFirst("meta[property=og:url]"));
    assertEquals("First & best", meta(page, "og:title"));
  }

  @Test
  void eachPageHasACanonicalUrlAndLinkPreviewTagsFromSiteUrl() throws IOException {
    Document page = sites.page("alpha", "faq/sub/second.html");
    String url = "https://help.alpha.example/kb/faq/sub/second.html";
    assertEquals(url, page.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals(url, meta(page, "og:url"));
    assertEquals("Second", meta(page, "og:title"));
    assertEquals("Alpha Help", meta(page, "og:site_name"));
    assertEquals("website", meta(page, "og:type"));
    assertEquals("1 question on Second: Q2?", desc(page));
    assertEquals(desc(page), meta(page, "og:description"));
    assertEquals("summary", page.selectFirst("meta[name=twitter:card]").attr("content"));
    assertEquals("Second", page.selectFirst("meta[name=twitter:title]").attr("content"));
    Document home = sites.page("alpha", "index.html");
    assertEquals(
        "https://help.alpha.example/kb/", home.selectFirst("link[rel=canonical]").attr("href"));
  }

  @Test
  void titlesAreThePageTitleThenTheSiteTitle() throws IOException {
    assertEquals("Alpha Help", sites.page("alpha", "index.html").title());
    assertEquals("First & best - Alpha Help", sites.page("alpha", "faq/first.html").title());
    assertEquals("Page not found - Beta Help", sites.page("beta", "404.html").title());
  }

  @Test
  void htmlLangComesFromTheBrandAndDefaultsToEnglish() throws IOException {
    assertEquals("de", sites.page("alpha", "faq/first.html").selectFirst("html").attr("lang"));
    assertEquals("en", sites.page("beta", "faq/first.html").selectFirst("html").attr("lang"));
  }

  @Test
  void notFoundPageIsNotIndexedAndKnowsTheSitePathForDeepUrls() throws IOException {
    Document alpha = sites.page("alpha", "404.html");
    assertEquals("noindex", alpha.selectFirst("meta[name=robots]").attr("content"));
    assertEquals("Page not found", alpha.selectFirst("main h1").text());
    assertEquals("/kb/", alpha.selectFirst("script[data-site-path]").attr("data-site-path"));
    assertEquals(
        List.of("faq/first.html", "faq/sub/second.html", "index.html"),
        alpha.select("main a:not(noscript a)").eachAttr("href"));
    // Without script, one link leads home from any depth: the site at its configured URL.
    assertEquals(
        List.of("https://help.alpha.example/kb/"),
        Jsoup.parse(alpha.select("main noscript").html()).select("a").eachAttr("href"));
    Document beta = sites.page("beta", "404.html");
    assertEquals("", beta.selectFirst("script[data-site-path]").attr("data-site-path"));
    assertNull(beta.selectFirst("main noscript"));
    assertNull(sites.page("beta", "index.html").selectFirst("meta[name=robots]"));
  }

  @Test
  void faviconIsTheBrandColourAndEveryPageLinksIt() throws IOException {
    Document icon = Jsoup.parse(sites.text("beta", "favicon.svg"), "", Parser.xmlParser());
    assertEquals("#445566", icon.selectFirst("rect").attr("fill"));
    assertEquals("B", icon.selectFirst("text").text());
    assertEquals(
        "../../favicon.svg",
        sites.page("beta", "faq/sub/second.html").selectFirst("link[rel=icon]").attr("href"));
  }

  @Test
  void everyLinkInsideTheSiteIsRelative() throws IOException {
    for (String brand : List.of("alpha", "beta")) {
      for (String path :
          List.of("index.html", "404.html", "faq/first.html", "faq/sub/second.html")) {
        for (Element e : sites.page(brand, path).select("[href], [src]")) {
          // The not-found page's link for readers without script is the configured site URL.
          if (e.is("link[rel=canonical]") || e.closest("noscript") != null) {
            continue;
          }
          String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
          URI uri = URI.create(url);
          if (uri.getScheme() != null) { // another site's: the footer's link to the doc site
            assertFalse(uri.getHost().startsWith("help."), brand + "/" + path + ": " + e);
            continue;
          }
          assertFalse(url.startsWith("/"), brand + "/" + path + ": " + e);
        }
      }
      assertTrue(
          sites.checkLinks(brand, List.of("help.alpha.example", "docs." + brand + ".example"))
              > 20);
    }
  }

  private static String meta(Document page, String property) {
    Element meta = page.selectFirst("meta[property=" + property + "]");
    assertNotNull(meta, property);
    return meta.attr("content");
  }

  private static String desc(Document page) {
    return page.selectFirst("meta[name=description]").attr("content");
  }
}
