package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.NavigationContent;
import kb.build.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Built pages of a grouped help center carry the header's links, nested sidebar groups with the
 * current one open, breadcrumbs, an outline of long pages and previous/next in sidebar order.
 */
class NavigationPagesTest {

  @TempDir static Path dir;
  private static Path out;

  @BeforeAll
  static void build() {
    out = dir.resolve("out");
    new SiteBuild().run(NavigationContent.write(dir).options(out, "all"));
  }

  private static Document page(String brand, String path) throws IOException {
    return Jsoup.parse(Files.readString(out.resolve(brand).resolve(path)));
  }

  @Test
  void headerLinksAreTheBrandsRelativeToEachPage() throws IOException {
    Document subscribe = page("alpha", "api/subscribe.html");
    List<Element> links = subscribe.select("nav#header-links a");
    assertEquals(List.of("API docs", "Quick start"), links.stream().map(Element::text).toList());
    assertEquals("https://docs.alpha.example/alpha-doc/", links.get(0).attr("href"));
    assertEquals("../guides/quick-start.html", links.get(1).attr("href"));
    assertEquals("header-links", subscribe.selectFirst(".links-toggle").attr("aria-controls"));
    assertEquals("false", subscribe.selectFirst(".links-toggle").attr("aria-expanded"));
    Document quickStart = page("alpha", "guides/quick-start.html");
    assertEquals(
        "page",
        quickStart.selectFirst("nav#header-links a[href=quick-start.html]").attr("aria-current"));
    assertEquals(
        "guides/quick-start.html",
        page("alpha", "index.html")
            .selectFirst("nav#header-links a:contains(Quick start)")
            .attr("href"));
    assertNull(page("beta", "intro.html").selectFirst("#header-links"), "beta has no nav links");
    assertNull(page("beta", "intro.html").selectFirst(".links-toggle"));
  }

  @Test
  void sidebarNestsGroupsAndOpensTheCurrentOnes() throws IOException {
    Document subscribe = page("alpha", "api/subscribe.html");
    Element sidebar = subscribe.getElementById("sidebar");
    List<String> top =
        sidebar.select(".nav-categories > li").stream()
            .map(
                li ->
                    li.hasClass("nav-group")
                        ? li.selectFirst("summary").text()
                        : li.child(0).ownText())
            .toList();
    assertEquals(List.of("Introduction", "Guides", "API reference", "FAQ", "Contact"), top);
    Element api =
        sidebar.selectFirst(
            ".nav-categories > li.nav-group:has(> details > summary:containsOwn(API reference))");
    assertTrue(api.selectFirst("> details").hasAttr("open"));
    List<Element> subgroups = api.select("> details > ul > li.nav-group > details");
    assertEquals("Quotes", subgroups.get(0).selectFirst("summary").text());
    assertTrue(subgroups.get(0).hasAttr("open"), "the current page's subgroup");
    assertTrue(!subgroups.get(1).hasAttr("open"), "Trading holds no current page");
    assertTrue(
        !sidebar
            .selectFirst("li.nav-group:has(summary:containsOwn(Guides)) > details")
            .hasAttr("open"));
    Element current = sidebar.selectFirst("a[aria-current=page]");
    assertEquals("subscribe.html", current.attr("href"));
    assertEquals(1, sidebar.select("a[aria-current=page]").size());
    assertEquals(
        List.of("#q1", "#q2", "#q3", "#q4"),
        sidebar.select(".toc a").eachAttr("href"),
        "only the current page lists its questions");
    assertEquals(1, sidebar.select(".toc").size());
  }

  @Test
  void breadcrumbsLeadFromHomeThroughTheGroups() throws IOException {
    Element crumbs =
        page("alpha", "api/subscribe.html")
            .selectFirst("nav.breadcrumbs[aria-label=Breadcrumb] > ol");
    assertNotNull(crumbs);
    assertEquals(
        List.of("Home", "API reference", "Quotes", "Subscribe"), crumbs.select("li").eachText());
    assertEquals("../index.html", crumbs.selectFirst("a").attr("href"));
    assertEquals("Subscribe", crumbs.selectFirst("[aria-current=page]").text());
    assertEquals(
        List.of("Home", "Introduction"),
        page("alpha", "intro.html").select("nav.breadcrumbs li").eachText());
  }

  @Test
  void longPagesHaveAnOutlineOfTheirSections() throws IOException {
    Document subscribe = page("alpha", "api/subscribe.html");
    Element outline = subscribe.selectFirst("article > nav.outline");
    assertEquals("On this page", outline.selectFirst("summary").text());
    assertEquals(List.of("#q1", "#q2", "#q3", "#q4"), outline.select("a").eachAttr("href"));
    assertEquals("Subscribe question 3", outline.select("a").get(2).text());
    for (String href : outline.select("a").eachAttr("href")) {
      assertNotNull(subscribe.getElementById(href.substring(1)), href + " is on the page");
    }
    assertNull(
        page("alpha", "api/snapshot.html").selectFirst(".outline"), "two sections: no outline");
  }

  @Test
  void previousAndNextFollowTheSidebarAcrossGroups() throws IOException {
    Document opend = page("alpha", "guides/opend.html");
    assertEquals("../api/subscribe.html", opend.selectFirst("a[rel=next]").attr("href"));
    Document order = page("alpha", "api/place-order.html");
    assertEquals("unlock.html", order.selectFirst("a[rel=prev]").attr("href"));
    assertEquals("../faq/topic0.html", order.selectFirst("a[rel=next]").attr("href"));
    assertNull(page("alpha", "contact.html").selectFirst("a[rel=next]"));
  }
}
