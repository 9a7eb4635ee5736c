package kb.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import kb.RenderedPages;
import kb.TestContent;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import kb.markdown.MarkdownRenderer;
import kb.markdown.RenderedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kb serve takes again what a stage made of an input equal to the last run's: the records of a page
 * that did not change must be equal when read again, or every edit renders every page again.
 */
class StageRecordsEqualityTest {

  @TempDir Path dir;

  private static final String BODY =
      "Intro.\n\n## First {#first}\n\n{% brand alpha %}\nAlpha only.\n{% endbrand %}\n"
          + "Shared answer.\n\n## Second {#second}\n\nSee [first](#first).\n";

  private List<BrandedPage> resolved(TestContent content, String brandId) {
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    return new BrandResolver(brands.ids()).resolve(set, brands.select(brandId).get(0));
  }

  private List<RenderedPage> rendered(TestContent content) {
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    return RenderedPages.of(new MarkdownRenderer(), set, brands, brands.select("alpha").get(0));
  }

  @Test
  void anUnchangedPageReadTwiceGivesEqualBrandedAndRenderedPages() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, BODY));
    content.write("faq/b.md", TestContent.page("B", "B", 2, "## Only {#only}\n\nText.\n"));
    List<BrandedPage> first = resolved(content, "alpha");
    assertEquals(first, resolved(content, "alpha"));
    assertEquals(
        first.get(0).lines().hashCode(), resolved(content, "alpha").get(0).lines().hashCode());
    assertEquals(rendered(content), rendered(content));
  }

  @Test
  void aPageWhoseLinesMovedIsNotEqual() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, BODY));
    BrandedPage before = resolved(content, "alpha").get(0);
    // The same resolved text for alpha, but the beta block above it is one line longer.
    content.write(
        "faq/a.md",
        TestContent.page("A", "A", 1, "{% brand beta %}\nbeta\n{% endbrand %}\n" + BODY));
    BrandedPage after = resolved(content, "alpha").get(0);
    assertEquals(before.markdown(), after.markdown());
    assertNotEquals(before.lines(), after.lines());
    assertNotEquals(before, after);
  }
}
