package kb.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.TestContent;
import kb.brand.BrandedPage;
import kb.content.FrontMatter;
import kb.content.SourcePage;
import kb.diagnostic.SourceSpan;
import kb.markdown.RenderedPage;
import org.junit.jupiter.api.Test;

/**
 * Pages nest in the sidebar by their front matter's group: a group stands where its first page
 * does, previous/next follow the sidebar, the current page's groups are open, and a page of a site
 * of 10,000 grouped pages lists a bounded window of them.
 */
class SidebarTreeTest {

  private static final Messages MSG =
      new PageRenderer(TestContent.repoRoot().resolve("templates")).messages("en");

  @Test
  void aGroupStandsWhereItsFirstPageStandsAndKeepsItsPagesInOrder() {
    SidebarTree tree =
        SidebarTree.ofGroups(
            List.of(
                List.of(),
                List.of("Guides"),
                List.of("API", "Quotes"),
                List.of("Guides"),
                List.of("API", "Trading"),
                List.of("API", "Quotes"),
                List.of()));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      order.add(tree.pageAt(i));
    }
    assertEquals(List.of(0, 1, 3, 2, 5, 4, 6), order);
    assertEquals(3, tree.positionOf(2));
    assertEquals(
        List.of(
            new SidebarTree.PageNode(0),
            new SidebarTree.GroupNode(
                "Guides",
                List.of("Guides"),
                List.of(new SidebarTree.PageNode(1), new SidebarTree.PageNode(3))),
            new SidebarTree.GroupNode(
                "API",
                List.of("API"),
                List.of(
                    new SidebarTree.GroupNode(
                        "Quotes",
                        List.of("API", "Quotes"),
                        List.of(new SidebarTree.PageNode(2), new SidebarTree.PageNode(5))),
                    new SidebarTree.GroupNode(
                        "Trading",
                        List.of("API", "Trading"),
                        List.of(new SidebarTree.PageNode(4))))),
            new SidebarTree.PageNode(6)),
        tree.roots());
  }

  @Test
  void previousAndNextFollowTheSidebarAcrossGroups() {
    List<RenderedPage> pages =
        List.of(
            page(0, List.of()),
            page(1, List.of("Guides")),
            page(2, List.of("API", "Quotes")),
            page(3, List.of("Guides")));
    SidebarTree tree = SidebarTree.of(pages);
    assertEquals("p3.html", Navigation.next(pages, tree, 1).url(), "within the group");
    assertEquals("p2.html", Navigation.next(pages, tree, 3).url(), "into the next group");
    assertNull(Navigation.next(pages, tree, 2), "the last in sidebar order, not in page order");
    assertEquals("p3.html", Navigation.previous(pages, tree, 2, "index.html", MSG).url());
    assertEquals("index.html", Navigation.previous(pages, tree, 0, "index.html", MSG).url());
  }

  @Test
  void theCurrentPagesGroupsAreOpenAndTheOthersClosed() {
    List<RenderedPage> pages =
        List.of(
            page(0, List.of("Guides")),
            page(1, List.of("API", "Quotes")),
            page(2, List.of("API", "Trading")));
    List<Views.NavItem> nav =
        Navigation.sidebar(pages, SidebarTree.of(pages), "p1.html", 1, "index.html", 0, MSG);
    assertEquals(2, nav.size());
    assertEquals("Guides", nav.get(0).group().name());
    assertEquals(false, nav.get(0).group().open());
    Views.NavGroup api = nav.get(1).group();
    assertTrue(api.open());
    assertEquals("Quotes", api.items().get(0).group().name());
    assertTrue(api.items().get(0).group().open());
    assertTrue(api.items().get(0).group().items().get(0).page().current());
    assertEquals(false, api.items().get(1).group().open());
    assertEquals(
        List.of("Home", "API", "Quotes", "Page 1"),
        Navigation.breadcrumbs(pages, SidebarTree.of(pages), 1, "index.html", MSG).stream()
            .map(Views.Crumb::title)
            .toList());
  }

  @Test
  void aSiteOfTenThousandGroupedPagesListsABoundedWindow() {
    List<RenderedPage> pages = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      pages.add(page(i, List.of("Group " + i / 100, "Sub " + i / 10)));
    }
    SidebarTree tree = SidebarTree.of(pages);
    for (int current : new int[] {0, 5_000, 9_999}) {
      List<Views.NavItem> nav =
          Navigation.sidebar(
              pages, tree, pages.get(current).outputPath(), current, "index.html", 0, MSG);
      int[] counts = count(nav);
      assertEquals(2 * NavWindow.NEIGHBOURS + 1 + 1, counts[0], "the window and the home link");
      assertTrue(counts[1] <= 2 * (2 * NavWindow.NEIGHBOURS + 1), "groups: " + counts[1]);
      assertTrue(
          nav.stream().anyMatch(item -> item.group() != null && item.group().open()),
          "the current page's group is listed, open");
    }
  }

  /** How many pages and groups the items hold, at any depth. */
  private static int[] count(List<Views.NavItem> items) {
    int[] counts = new int[2];
    for (Views.NavItem item : items) {
      if (item.page() != null) {
        counts[0]++;
      } else {
        counts[1]++;
        int[] inside = count(item.group().items());
        counts[0] += inside[0];
        counts[1] += inside[1];
      }
    }
    return counts;
  }

  private static RenderedPage page(int i, List<String> group) {
    Path file = Path.of("p" + i + ".md");
    FrontMatter front = new FrontMatter("Page " + i, "C" + i, i, "", "", null, group);
    BrandedPage source =
        new BrandedPage(
            new SourcePage(file, "p" + i + ".md", front, "", 1), "Page " + i, "C", "", null);
    return new RenderedPage(
        "p" + i + ".md",
        "p" + i + ".html",
        "Page " + i,
        "",
        "C" + i,
        "",
        List.of(),
        null,
        List.of(),
        List.of(),
        SourceSpan.of(file),
        source);
  }
}
