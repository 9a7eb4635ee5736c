package kb.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kb.TestContent;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.diagnostic.Diagnostic;
import kb.template.SitePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kb serve's checks read a page again only when it changed, and find what a fresh check finds. */
class PageScansTest {

  @TempDir Path dir;

  private SiteContent site(SitePage... pages) {
    TestContent content = TestContent.twoBrands(dir);
    Brand brand = BrandCatalog.load(content.root().resolve("brands")).all().get(0);
    return new SiteContent(brand, List.of(), List.of(pages), List.of(), Set.of(), dir, List.of());
  }

  private static List<String> messages(CheckReport report) {
    return report.problems().stream().map(Diagnostic::format).toList();
  }

  @Test
  void keptScansFindWhatAFreshCheckFindsAfterALinkedPageChanged() {
    SiteChecker checker = new SiteChecker();
    PageScans scans = PageScans.kept();
    SitePage a = new SitePage("a.html", "<p><a href=\"b.html#x\">b</a></p>");
    SitePage b = new SitePage("b.html", "<h2 id=\"x\">x</h2>");
    assertEquals(List.of(), messages(checker.check(site(a, b), scans)));

    SitePage bRenamed = new SitePage("b.html", "<h2 id=\"y\">x</h2>");
    List<String> kept = messages(checker.check(site(a, bRenamed), scans));
    assertEquals(messages(checker.check(site(a, bRenamed))), kept);
    assertEquals(1, kept.size());
    assertEquals(List.of(), messages(checker.check(site(a, b), scans)), "b as it was, read again");
  }

  @Test
  void keptScansFindWhatAFreshCheckFindsWhenAPageIsEditedRemovedOrAdded() {
    SiteChecker checker = new SiteChecker();
    PageScans scans = PageScans.kept();
    SitePage a = new SitePage("a.html", "<p><a href=\"b.html#x\">b</a></p>");
    SitePage b = new SitePage("b.html", "<h2 id=\"x\">x</h2>");
    SitePage c = new SitePage("c.html", "<p><a href=\"a.html\">a</a></p>");
    assertEquals(List.of(), messages(checker.check(site(a, b, c), scans)));
    // b's text edited, its ids the same, with a broken link of its own: a and c are not looked at
    // again, b's link is.
    SitePage bEdited = new SitePage("b.html", "<h2 id=\"x\">x</h2><a href=\"nowhere.html\">n</a>");
    List<String> edited = messages(checker.check(site(a, bEdited, c), scans));
    assertEquals(messages(checker.check(site(a, bEdited, c))), edited);
    assertEquals(1, edited.size(), edited.toString());
    assertEquals(List.of(), messages(checker.check(site(a, b, c), scans)));
    // b removed: a's link, not read again, is broken.
    List<String> removed = messages(checker.check(site(a, c), scans));
    assertEquals(messages(checker.check(site(a, c))), removed);
    assertEquals(1, removed.size(), removed.toString());
    assertEquals(List.of(), messages(checker.check(site(a, b, c), scans)));
    // A page added that links to a page's id that is gone.
    SitePage d = new SitePage("d.html", "<p><a href=\"c.html#gone\">c</a></p>");
    List<String> added = messages(checker.check(site(a, b, c, d), scans));
    assertEquals(messages(checker.check(site(a, b, c, d))), added);
    assertEquals(1, added.size(), added.toString());
  }

  @Test
  void keptScansLookForLeaksAgainWhenTheBrandsTermsChanged() {
    SiteChecker checker = new SiteChecker();
    PageScans scans = PageScans.kept();
    SitePage page = new SitePage("a.html", "<p>Install zetaclient first.</p>");
    assertEquals(List.of(), messages(checker.check(site(page), scans)));
    assertEquals(List.of(), messages(checker.check(site(page), scans)), "taken again");

    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "brands/alpha.yml",
        TestContent.brand("alpha", "Alpha", "alphapkg", "#112233")
            + "lint:\n  forbidden_terms: [zetaclient]\n");
    Brand strict = BrandCatalog.load(content.root().resolve("brands")).all().get(0);
    SiteContent site =
        new SiteContent(strict, List.of(), List.of(page), List.of(), Set.of(), dir, List.of());
    List<String> found = messages(checker.check(site, scans));
    assertEquals(messages(checker.check(site)), found);
    assertEquals(1, found.size(), found.toString());
  }
}
