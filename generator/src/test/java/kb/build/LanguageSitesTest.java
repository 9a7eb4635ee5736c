package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.TestContent;
import kb.diagnostic.BuildFailedException;
import kb.diagnostic.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One content tree, several languages: each brand's site holds its default language at the root and
 * every other language in a folder of its tag, each page translated where a translation exists,
 * with the brand's values for that language.
 */
class LanguageSitesTest {

  @TempDir Path dir;

  private TestContent twoLanguages() {
    TestContent content = TestContent.twoBrands(dir);
    content.write("languages.yml", "source: en\ntranslations: [zh-CN]\n");
    for (String id : List.of("alpha", "beta")) {
      String brand = TestContent.brand(id, id.equals("alpha") ? "Alpha" : "Beta", id, "#112233");
      content.write(
          "brands/" + id + ".yml",
          brand.replace(
                  "\nsite:\n",
                  "\nsite:\n  url: https://help." + id + ".example/\n  languages: [en, zh-CN]\n")
              + "lang:\n  zh-CN:\n    app_name: 阿尔法应用\n    site:\n      title: 帮助中心\n");
    }
    content.write(
        "faq/a.md",
        TestContent.page(
            "Start", "Start", 1, "## Install {{app_name}} {#1}\n\nSee [b](b.md#2).\n"));
    content.write(
        "faq/a.zh-CN.md",
        TestContent.page("开始", "开始", 1, "## 安装 {{app_name}} {#1}\n\n见 [b](b.md#2)。\n"));
    content.write("faq/b.md", TestContent.page("More", "More", 2, "## Other {#2}\n\nText.\n"));
    return content;
  }

  private Document page(Path out, String path) throws IOException {
    return Jsoup.parse(Files.readString(out.resolve(path)));
  }

  @Test
  void theDefaultLanguageIsAtTheRootAndEachOtherInAFolderOfItsTag() throws IOException {
    TestContent content = twoLanguages();
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "all"));

    Document en = page(out, "alpha/faq/a.html");
    assertEquals("en", en.selectFirst("html").attr("lang"));
    assertTrue(en.select("h2").text().contains("Install AlphaApp"), en.select("h2").text());

    Document zh = page(out, "alpha/zh-CN/faq/a.html");
    assertEquals("zh-CN", zh.selectFirst("html").attr("lang"));
    assertTrue(zh.select("h2").text().contains("安装 阿尔法应用"), zh.select("h2").text());
    assertTrue(zh.title().endsWith("帮助中心"), zh.title());
    assertEquals(
        "https://help.alpha.example/zh-CN/faq/a.html",
        zh.selectFirst("link[rel=canonical]").attr("href"));
    // A link between pages stays inside the language's site.
    assertEquals("b.html#2", zh.selectFirst("main a[href^=b.html]").attr("href"));
    // The page chrome is in the page's language, from templates/messages/zh-CN.yml.
    assertEquals("搜索问题", zh.selectFirst("#search-input").attr("placeholder"));
    assertEquals("首页", zh.selectFirst(".pager-previous .pager-title").text());
    assertTrue(zh.selectFirst("#kb-messages").data().contains("\"copy\":\"复制\""));
  }

  @Test
  void everyPageNamesItsOtherLanguagesForSearchEnginesAndReaders() throws IOException {
    TestContent content = twoLanguages();
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "alpha"));
    Document zh = page(out, "alpha/zh-CN/faq/b.html");
    assertEquals(
        List.of(
            "en https://help.alpha.example/faq/b.html",
            "zh-CN https://help.alpha.example/zh-CN/faq/b.html"),
        zh.select("link[rel=alternate][hreflang]").stream()
            .map(l -> l.attr("hreflang") + " " + l.attr("href"))
            .toList());
    assertEquals(
        List.of("en ../../faq/b.html English", "zh-CN ../../zh-CN/faq/b.html 简体中文"),
        zh.select(".languages a").stream()
            .map(a -> a.attr("hreflang") + " " + a.attr("href") + " " + a.text())
            .toList());
    assertEquals("page", zh.selectFirst(".languages a[hreflang=zh-CN]").attr("aria-current"));
  }

  @Test
  void eachBrandChoosesTheLanguageAtItsRoot() throws IOException {
    TestContent content = twoLanguages();
    Path beta = content.root().resolve("brands/beta.yml");
    content.write(
        "brands/beta.yml",
        Files.readString(beta)
            .replace(
                "  languages: [en, zh-CN]\n", "  language: zh-CN\n  languages: [zh-CN, en]\n"));
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "all"));

    assertEquals("en", page(out, "alpha/faq/a.html").selectFirst("html").attr("lang"));
    assertTrue(Files.exists(out.resolve("alpha/zh-CN/faq/a.html")));
    Document root = page(out, "beta/faq/a.html");
    assertEquals("zh-CN", root.selectFirst("html").attr("lang"));
    assertTrue(root.select("h2").text().contains("安装"), root.select("h2").text());
    Document en = page(out, "beta/en/faq/a.html");
    assertEquals("en", en.selectFirst("html").attr("lang"));
    assertEquals(
        List.of("zh-CN ../../faq/a.html 简体中文", "en ../../en/faq/a.html English"),
        en.select(".languages a").stream()
            .map(a -> a.attr("hreflang") + " " + a.attr("href") + " " + a.text())
            .toList());
    assertFalse(Files.exists(out.resolve("beta/zh-CN")), "the root language has no folder");
  }

  @Test
  void aPageWithoutTranslationIsShownFromItsSourceInEveryLanguage() throws IOException {
    TestContent content = twoLanguages();
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "alpha"));
    assertTrue(page(out, "alpha/zh-CN/faq/b.html").select("h2").text().contains("Other"));
    assertTrue(Files.exists(out.resolve("alpha/zh-CN/search")));
    assertTrue(Files.exists(out.resolve("alpha/zh-CN/404.html")));
  }

  @Test
  void aTranslationOfAMissingPageIsAnErrorAtTheTranslation() {
    TestContent content = twoLanguages();
    content.write("faq/gone.zh-CN.md", TestContent.page("无", "无", 3, "## 问 {#9}\n\n答。\n"));
    List<Diagnostic> problems =
        assertThrows(
                BuildFailedException.class,
                () -> new SiteBuild().check(content.options(dir.resolve("out"), "all")))
            .diagnostics();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).where().toString().endsWith("faq/gone.zh-CN.md:1"), problems.toString());
    assertEquals("translation into zh-CN of a page that does not exist", problems.get(0).message());
  }

  @Test
  void aBrandLanguageTheContentIsNotWrittenInIsAnErrorAtItsLine() {
    TestContent content = twoLanguages();
    content.write("languages.yml", "source: en\ntranslations: []\n");
    List<Diagnostic> problems =
        assertThrows(
                BuildFailedException.class,
                () -> new SiteBuild().check(content.options(dir.resolve("out"), "all")))
            .diagnostics();
    assertTrue(
        problems.stream()
            .anyMatch(
                d ->
                    d.message().equals("site.languages names 'zh-CN', not a content language")
                        && d.where().file().endsWith("brands/alpha.yml")
                        && d.where().line() == 6),
        problems.toString());
  }

  @Test
  void aContentFolderWithoutLanguagesBuildsOneLanguageAsBefore() throws IOException {
    TestContent content = TestContent.twoBrands(dir);
    content.write("faq/a.md", TestContent.page("A", "A", 1, "## Q {#1}\n\nText.\n"));
    content.write("faq/a.v2.md", TestContent.page("B", "B", 2, "## R {#2}\n\nText.\n"));
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "alpha"));
    assertTrue(Files.exists(out.resolve("alpha/faq/a.v2.html")));
    assertFalse(Files.exists(out.resolve("alpha/en")));
  }

  @Test
  void oneSitemapAtTheRootListsEveryLanguageWithItsAlternates() throws IOException {
    TestContent content = twoLanguages();
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "alpha"));
    assertFalse(Files.exists(out.resolve("alpha/zh-CN/robots.txt")));
    assertFalse(Files.exists(out.resolve("alpha/zh-CN/sitemap.xml")));
    assertEquals(
        "User-agent: *\nAllow: /\n\nSitemap: https://help.alpha.example/sitemap.xml\n",
        Files.readString(out.resolve("alpha/robots.txt")));
    Document sitemap =
        Jsoup.parse(
            Files.readString(out.resolve("alpha/sitemap.xml")),
            "",
            org.jsoup.parser.Parser.xmlParser());
    assertEquals(
        List.of(
            "https://help.alpha.example/",
            "https://help.alpha.example/faq/a.html",
            "https://help.alpha.example/faq/b.html",
            "https://help.alpha.example/zh-CN/",
            "https://help.alpha.example/zh-CN/faq/a.html",
            "https://help.alpha.example/zh-CN/faq/b.html"),
        sitemap.select("url > loc").eachText());
    org.jsoup.nodes.Element zhA = sitemap.select("url").get(4);
    assertEquals(List.of("en", "zh-CN"), zhA.select("xhtml|link").eachAttr("hreflang"));
    assertEquals(
        List.of(
            "https://help.alpha.example/faq/a.html", "https://help.alpha.example/zh-CN/faq/a.html"),
        zhA.select("xhtml|link").eachAttr("href"));
  }

  @Test
  void oneLanguageAloneIsBuiltAtTheSiteRoot() throws IOException {
    TestContent content = twoLanguages();
    Path out = dir.resolve("out");
    new SiteBuild().run(content.options(out, "alpha", "zh-CN"));
    Document zh = page(out, "alpha/faq/a.html");
    assertEquals("zh-CN", zh.selectFirst("html").attr("lang"));
    assertTrue(zh.select("h2").text().contains("安装 阿尔法应用"), zh.select("h2").text());
    assertTrue(zh.select("link[hreflang]").isEmpty(), "no other language to switch to");
    assertFalse(Files.exists(out.resolve("alpha/zh-CN")));
    assertEquals(
        "https://help.alpha.example/faq/a.html",
        zh.selectFirst("link[rel=canonical]").attr("href"));

    Diagnostic problem =
        assertThrows(
                BuildFailedException.class,
                () -> new SiteBuild().run(content.options(out, "all", "fr")))
            .diagnostics()
            .get(0);
    assertEquals("brand alpha has no site in fr", problem.message());
    assertTrue(problem.hint().contains("its sites are in en, zh-CN"), problem.hint());
  }
}
