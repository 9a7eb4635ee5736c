package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kb.TestContent;
import kb.brand.BrandCatalog;
import kb.brand.BrandResolver;
import kb.brand.BrandedPage;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Anchors read from a page's lines are those its parse finds, or visibly not. */
class AnchorScanTest {

  @TempDir Path dir;

  private BrandedPage page(String frontMatterExtra, String body) {
    TestContent content = TestContent.twoBrands(dir);
    content.write(
        "faq/a.md", "---\ntitle: A\ncategory: A\norder: 1\n" + frontMatterExtra + "---\n" + body);
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    return new BrandResolver(brands.ids()).resolve(set, brands.all().get(0)).get(0);
  }

  private static Set<String> parsed(BrandedPage page) {
    return new MarkdownRenderer().parse(List.of(page)).get(0).anchors().anchors();
  }

  @Test
  void headingIdsOutsideFencedCodeAndTheFrontMatterAnchorAreWhatTheParseFinds() {
    BrandedPage page =
        page(
            "anchor: top\n",
            String.join(
                "\n",
                "## First? {#1}",
                "",
                "```python",
                "## a comment {#not-a}",
                "``",
                "# still code {#not-b}",
                "  ````",
                "",
                "~~~",
                "## {#not-c}",
                "```",
                "~~~~",
                "",
                "   ### Detail `code` {#d-2}  ",
                "",
                "    ## indented code {#not-d}",
                "",
                "##Not a heading {#not-e}",
                "",
                "## Second? {#second_2}",
                "Text."));
    assertEquals(Set.of("top", "1", "d-2", "second_2"), AnchorScan.of(page).anchors());
    assertEquals(parsed(page), AnchorScan.of(page).anchors());
  }

  @Test
  void aHeadingTheScanCannotSeeMakesItDifferFromTheParse() {
    BrandedPage page = page("", "## First? {#1}\n\n> ### Quoted {#q}\n");
    assertEquals(Set.of("1"), AnchorScan.of(page).anchors());
    assertNotEquals(parsed(page), AnchorScan.of(page).anchors());
  }
}
