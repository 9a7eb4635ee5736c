package kb.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kb.TestContent;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.content.AssetFile;
import kb.markdown.PageAnchors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How links and images written in Markdown become URLs of one brand's site. */
class LinkTableTest {

  @TempDir Path dir;

  private BrandCatalog brands;

  @BeforeEach
  void brands() {
    brands = BrandCatalog.load(TestContent.twoBrands(dir).root().resolve("brands"));
  }

  private LinkTable table(String brandId) {
    Brand brand = brands.select(brandId).get(0);
    List<PageAnchors> pages =
        List.of(
            new PageAnchors("faq/opend.md", "faq/opend.html", "en/qa/opend.html", Set.of("1", "2")),
            new PageAnchors("faq/quote.md", "faq/quote.html", "", Set.of("9")),
            new PageAnchors("intro.md", "intro.html", "", Set.of()));
    List<AssetFile> files =
        List.of(
            new AssetFile("images/a.png", dir.resolve("a.png"), ""),
            new AssetFile("images/b.png", dir.resolve("b.png"), ""),
            new AssetFile("images/b.png", dir.resolve("beta-b.png"), "beta"),
            new AssetFile("files/guide.pdf", dir.resolve("guide.pdf"), ""));
    return LinkTable.ofAnchors(pages, brand, brands.all(), files);
  }

  @Test
  void relativePageLinkWithAnchorBecomesHtmlUrl() {
    assertEquals("quote.html#9", table("alpha").resolveLink("faq/opend.md", "quote.md#9").url());
    assertEquals("../intro.html", table("alpha").resolveLink("faq/opend.md", "../intro.md").url());
    assertEquals(
        "faq/opend.html#2", table("alpha").resolveLink("intro.md", "faq/opend.md#2").url());
  }

  @Test
  void anchorOnSamePageStaysAFragment() {
    assertEquals("#2", table("beta").resolveLink("faq/opend.md", "#2").url());
    assertEquals("#2", table("beta").resolveLink("faq/opend.md", "opend.md#2").url());
  }

  @Test
  void missingAnchorIsBrokenWithTheBrandInTheMessage() {
    LinkTarget target = table("beta").resolveLink("faq/opend.md", "quote.md#150");
    assertTrue(target.isBroken());
    assertEquals("link target 'quote.md#150' not found for brand beta", target.problem());
    assertEquals("no anchor #150 on faq/quote.md in this brand's site", target.hint());
  }

  @Test
  void aMistypedAnchorIsBrokenWithTheNearestIdOfThatPageAsAHint() {
    LinkTarget target = table("alpha").resolveLink("faq/quote.md", "opend.md#11");
    assertEquals("link target 'opend.md#11' not found for brand alpha", target.problem());
    assertEquals(
        "no anchor #11 on faq/opend.md in this brand's site; did you mean #1?", target.hint());
  }

  @Test
  void aMistypedPageIsBrokenWithTheNearestPageAsAHint() {
    LinkTarget target = table("alpha").resolveLink("faq/opend.md", "qoute.md#9");
    assertEquals("link target 'qoute.md#9' not found for brand alpha", target.problem());
    assertEquals(
        "no page content/faq/qoute.md in this brand's site; did you mean content/faq/quote.md?",
        target.hint());
  }

  @Test
  void missingPageIsBroken() {
    assertEquals(
        "link target 'nope.md' not found for brand alpha",
        table("alpha").resolveLink("faq/opend.md", "nope.md").problem());
  }

  @Test
  void docSiteLinkOfEitherBrandGoesToThisBrandsDocSite() {
    String written = "/beta-doc/en/opend/opend-cmd.html#149";
    assertEquals(
        "https://docs.alpha.example/alpha-doc/en/opend/opend-cmd.html#149",
        table("alpha").resolveLink("faq/opend.md", written).url());
    assertEquals(
        "https://docs.beta.example/beta-doc/en/opend/opend-cmd.html#149",
        table("beta").resolveLink("faq/opend.md", written).url());
  }

  @Test
  void docSiteLinkToAPageThisSiteHasStaysInTheSite() {
    assertEquals(
        "faq/opend.html#1",
        table("alpha").resolveLink("intro.md", "/beta-doc/en/qa/opend.html#1").url());
    assertTrue(table("alpha").resolveLink("intro.md", "/alpha-doc/en/qa/opend.html#77").isBroken());
  }

  @Test
  void externalLinksAreKeptAsWritten() {
    assertEquals(
        "https://example.org/x?y=1#z",
        table("alpha").resolveLink("faq/opend.md", "https://example.org/x?y=1#z").url());
    assertEquals("mailto:a@b.c", table("alpha").resolveLink("faq/opend.md", "mailto:a@b.c").url());
  }

  @Test
  void rootRelativePathIsBrokenBecauseItFailsUnderABasePath() {
    LinkTarget target = table("alpha").resolveLink("faq/opend.md", "/other/page.html");
    assertTrue(target.problem().startsWith("absolute path '/other/page.html' breaks"));
  }

  @Test
  void pathEscapingTheContentFolderIsBroken() {
    assertEquals(
        "path '../../etc/passwd' leads outside the content folder",
        table("alpha").resolveLink("faq/opend.md", "../../etc/passwd").problem());
    assertTrue(table("alpha").resolveImage("faq/opend.md", "../../../etc/passwd").isBroken());
  }

  @Test
  void imageResolvesToTheBrandOverrideWhenThereIsOne() {
    LinkTarget beta = table("beta").resolveImage("faq/opend.md", "../images/b.png");
    LinkTarget alpha = table("alpha").resolveImage("faq/opend.md", "../images/b.png");
    assertEquals("../images/b.png", beta.url());
    assertEquals(dir.resolve("beta-b.png"), beta.asset().orElseThrow().file());
    assertEquals(dir.resolve("b.png"), alpha.asset().orElseThrow().file());
  }

  @Test
  void missingImageIsBrokenAndNamesWhereItWasLookedFor() {
    LinkTarget target = table("alpha").resolveImage("faq/opend.md", "../images/none.png");
    assertEquals("image '../images/none.png' not found for brand alpha", target.problem());
    assertEquals(
        "expected content/images/none.png or content/brands/alpha/images/none.png", target.hint());
  }

  @Test
  void remoteImageIsBrokenSoOfflineSitesStayWhole() {
    assertTrue(table("alpha").resolveImage("faq/opend.md", "https://x.example/a.png").isBroken());
  }

  @Test
  void linkToAContentFileCarriesTheFile() {
    LinkTarget target = table("alpha").resolveLink("faq/opend.md", "../files/guide.pdf");
    assertEquals("../files/guide.pdf", target.url());
    assertTrue(target.asset().isPresent());
  }

  @Test
  void relativeUrlsLeadBetweenFolders() {
    assertEquals("../images/a.png", RelativeUrl.between("faq/opend.html", "images/a.png"));
    assertEquals("b.html", RelativeUrl.between("faq/a.html", "faq/b.html"));
    assertEquals("faq/a%20b.html", RelativeUrl.between("index.html", "faq/a b.html"));
    assertEquals("../../", RelativeUrl.toRoot("x/y/z.html"));
  }
}
