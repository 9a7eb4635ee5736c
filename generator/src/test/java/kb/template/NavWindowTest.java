package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.TestContent;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.diagnostic.SourceSpan;
import kb.markdown.RenderedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidebar lists every category of a small site, and a window of neighbours in a large one. */
class NavWindowTest {

  @TempDir Path dir;

  @Test
  void smallSiteListsEveryCategory() {
    assertEquals(new NavWindow(0, 60, true), NavWindow.of(60, 59));
    assertEquals(new NavWindow(0, 3, true), NavWindow.of(3, -1));
  }

  @Test
  void largeSiteListsTheCurrentCategoryAndItsNeighbours() {
    assertEquals(new NavWindow(35, 66, false), NavWindow.of(100, 50));
    assertEquals(new NavWindow(0, 31, false), NavWindow.of(100, 0));
    assertEquals(new NavWindow(69, 100, false), NavWindow.of(100, 99));
    assertEquals(new NavWindow(0, 31, false), NavWindow.of(100, -1), "the home page");
  }

  @Test
  void largeSiteSidebarEndsWithALinkToEveryCategory() {
    TestContent.twoBrands(dir);
    Brand brand = BrandCatalog.load(dir.resolve("content/brands")).all().get(0);
    List<RenderedPage> pages = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      String path = "faq/p" + i + ".md";
      pages.add(
          new RenderedPage(
              path,
              "faq/p" + i + ".html",
              "Page " + i,
              "",
              "Category " + i,
              "",
              List.of(),
              null,
              List.of(),
              List.of(),
              SourceSpan.of(dir.resolve(path)),
              null));
    }
    PageRenderer renderer = new PageRenderer(TestContent.repoRoot().resolve("templates"));
    List<SitePage> site = renderer.render(pages, brand);

    Document page40 = Jsoup.parse(site.get(41).html());
    List<String> links = page40.select(".nav-category > a").eachAttr("href");
    assertEquals(32, links.size());
    assertEquals("p25.html", links.get(0));
    assertEquals("p55.html", links.get(30));
    assertEquals("../index.html", links.get(31));
    assertEquals("All 70 categories0", page40.select(".nav-category > a").last().text());
    assertEquals("p40.html", page40.selectFirst(".nav-category.is-current > a").attr("href"));
    Document home = Jsoup.parse(site.get(0).html());
    assertEquals(70, home.select(".category-card").size(), "the home page lists every category");
  }
}
