package kb.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kb.RenderedPages;
import kb.TenLanguagesPage;
import kb.TestContent;
import kb.brand.Brand;
import kb.brand.BrandCatalog;
import kb.content.ContentLoader;
import kb.content.ContentSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fenced code on a page, through the whole Markdown stage: brand values are filled in before the
 * code is highlighted, each of the ten languages is highlighted under its fence name, markup stays
 * text, and a language kb does not know stays plain.
 */
class HighlightedFencesTest {

  @TempDir Path dir;

  private Elements codeBlocks(String brandId) {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, TenLanguagesPage.body()));
    ContentSet set = new ContentLoader().load(content.root());
    BrandCatalog brands = BrandCatalog.load(content.root().resolve("brands"));
    Brand brand = brands.select(brandId).get(0);
    RenderedPage page = RenderedPages.of(new MarkdownRenderer(), set, brands, brand).get(0);
    return Jsoup.parse(page.questions().get(0).answerHtml()).select("pre > code");
  }

  @Test
  void eachLanguageIsHighlightedUnderItsFenceName() {
    Elements blocks = codeBlocks("alpha");
    assertEquals(11, blocks.size());
    for (int i = 0; i < TenLanguagesPage.LANGUAGES.size(); i++) {
      Element code = blocks.get(i);
      String language = TenLanguagesPage.LANGUAGES.get(i);
      assertEquals("language-" + language, code.className());
      assertTrue(code.select("span[class^=tk-]").size() >= 3, language + ": " + code.html());
    }
  }

  @Test
  void brandValuesInCodeAreFilledInAndTheCodeStillHighlighted() {
    for (String brand : List.of("alpha", "beta")) {
      String pkg = brand + "pkg";
      Elements blocks = codeBlocks(brand);
      Element java = blocks.get(3);
      assertEquals(
          "import "
              + pkg
              + ".openapi.*;\n@Override\n"
              + "public class QotDemo implements FTSPI_Qot { long n = 10_000L; }\n",
          java.wholeText());
      assertEquals(
          List.of("import", "public", "class", "implements"),
          java.select(".tk-keyword").eachText());
      assertEquals(List.of("QotDemo", "FTSPI_Qot", "long"), java.select(".tk-type").eachText());
      assertEquals("// " + pkg, blocks.get(2).selectFirst(".tk-comment").text());
      assertEquals("/* " + pkg + " */", blocks.get(4).selectFirst(".tk-comment").text());
      assertEquals("\"" + pkg + "-api\"", blocks.get(5).selectFirst(".tk-string").text());
      assertEquals(
          List.of("\"api_port\"", "\"package\"", "\"tls\""),
          blocks.get(7).select(".tk-attr").eachText());
      assertEquals("\"" + pkg + "\"", blocks.get(7).selectFirst(".tk-string").text());
      assertEquals(
          List.of("api_port", "package", "tags"), blocks.get(9).select(".tk-attr").eachText());
    }
  }

  @Test
  void markupInCodeIsTextAndAnUnknownLanguageStaysPlain() {
    Elements blocks = codeBlocks("beta");
    Element js = blocks.get(5);
    assertTrue(js.select("b").isEmpty(), js.html());
    assertEquals(
        List.of("`port ", "${port}", " <b>`"),
        js.select(".tk-string, .tk-variable").stream()
            .map(Element::wholeText)
            .toList()
            .subList(1, 4));
    Element cobol = blocks.get(10);
    assertEquals("language-cobol", cobol.className());
    assertEquals("DISPLAY 'import <b>' \"betapkg\".\n", cobol.wholeText());
    assertEquals(0, cobol.children().size(), cobol.html());
  }
}
